<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About unionrep</source>
        <translation>Ynghylch unionrep</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Fersiwn {version}</translation>
    </message>
    <message>
        <source>Facility time, Pro Forma requests and disputes for trade union representatives in Welsh public bodies. Your data stays on this computer.</source>
        <translation>Amser cyfleuster, ceisiadau Pro Fforma ac anghydfodau i gynrychiolwyr undebau llafur mewn cyrff cyhoeddus yng Nghymru. Mae eich data&apos;n aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>unionrep is free software: you may share and change it under the GNU General Public Licence, version 3 or any later version ({licence}). It comes with no warranty.</source>
        <translation>Meddalwedd rydd yw unionrep: cewch ei rhannu a&apos;i newid dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu unrhyw fersiwn ddiweddarach ({licence}). Nid oes gwarant gyda hi.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Ffolder data:</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>dim un ar agor</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cronfa ddata:</translation>
    </message>
    <message>
        <source>The PDF documents use the DejaVu Sans fonts: © Bitstream, Inc. (Bitstream Vera) and the DejaVu authors, under the fonts&apos; free licence, shipped with unionrep. unionrep is built with Qt for Python (PySide6, LGPL-3.0), reportlab and SQLCipher.</source>
        <translation>Mae&apos;r dogfennau PDF yn defnyddio ffontiau DejaVu Sans: © Bitstream, Inc. (Bitstream Vera) ac awduron DejaVu, dan drwydded rydd y ffontiau, a ddaw gydag unionrep. Adeiladwyd unionrep gyda Qt for Python (PySide6, LGPL-3.0), reportlab a SQLCipher.</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, {system}</source>
        <translation>Python {python}, Qt {qt}, {system}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copïo&apos;r manylion</translation>
    </message>
    <message>
        <source>Copy the version and where the data is, for a report of a problem</source>
        <translation>Copïo&apos;r fersiwn a lle mae&apos;r data, i adrodd am broblem</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Agor y ffolder &amp;data</translation>
    </message>
</context>
<context>
    <name>AllowanceBar</name>
    <message>
        <source>{used} {unit} used (no cap)</source>
        <translation>{used} {unit} wedi&apos;u defnyddio (dim cap)</translation>
    </message>
    <message>
        <source>{used} of {cap} {unit} done</source>
        <translation>{used} o {cap} {unit} wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>{used} of {cap} {unit} used</source>
        <translation>{used} o {cap} {unit} wedi&apos;u defnyddio</translation>
    </message>
    <message>
        <source>, {pending} {unit} pending</source>
        <translation>, {pending} {unit} yn aros</translation>
    </message>
    <message>
        <source> — over by {over} {unit}</source>
        <translation> — {over} {unit} dros y lwfans</translation>
    </message>
    <message>
        <source>, {left} {unit} left</source>
        <translation>, {left} {unit} ar ôl</translation>
    </message>
    <message>
        <source>Over the allowance.</source>
        <translation>Dros y lwfans.</translation>
    </message>
    <message>
        <source>Near the allowance.</source>
        <translation>Yn agos at y lwfans.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>no unionrep database at {path}; use --demo or --db</source>
        <translation>dim cronfa ddata unionrep yn {path}; defnyddiwch --demo neu --db</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Agor y &amp;ffolder</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gwnaed copi wrth gefn</translation>
    </message>
    <message>
        <source>Backed up to {path}.

Backups are kept in {folder}: the newest automatic ones, and every one made with Back up now.</source>
        <translation>Gwnaed copi wrth gefn yn {path}.

Cedwir copïau wrth gefn yn {folder}: y rhai awtomatig diweddaraf, a phob un a wnaed gyda Gwneud copi wrth gefn nawr.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Gwnaed copi wrth gefn yn {path}</translation>
    </message>
    <message>
        <source>The backup could not be made: {message}</source>
        <translation>Nid oedd modd gwneud y copi wrth gefn: {message}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>unionrep backups (*.db);;All files (*)</source>
        <translation>Copïau wrth gefn unionrep (*.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Replace the data open now with the backup {file}?

The data open now is not deleted: it is kept beside it as {name}.before-restore-…. Anything recorded after the backup was made will not be in the restored data.</source>
        <translation>Rhoi&apos;r copi wrth gefn {file} yn lle&apos;r data sydd ar agor nawr?

Ni chaiff y data sydd ar agor nawr ei ddileu: fe&apos;i cedwir wrth ei ochr fel {name}.before-restore-…. Ni fydd dim a gofnodwyd ar ôl gwneud y copi wrth gefn yn y data a adferir.</translation>
    </message>
    <message>
        <source>The database could not be opened again: {message}</source>
        <translation>Nid oedd modd agor y gronfa ddata eto: {message}</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Methodd yr adfer</translation>
    </message>
    <message>
        <source>Nothing was restored: {message}</source>
        <translation>Ni adferwyd dim: {message}</translation>
    </message>
    <message>
        <source>Restored {file}</source>
        <translation>Adferwyd {file}</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Adferwyd</translation>
    </message>
    <message>
        <source>Restored the backup {file}.

The data open before is kept, not deleted, as {aside}.</source>
        <translation>Adferwyd y copi wrth gefn {file}.

Mae&apos;r data a oedd ar agor o&apos;r blaen wedi&apos;i gadw, heb ei ddileu, fel {aside}.</translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation>Copïau wrth gefn awtomatig a gedwir:</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Copïau wrth gefn awtomatig a gedwir</translation>
    </message>
    <message>
        <source>How many of the automatic backups (made at the day&apos;s first start and on closing) are kept; older ones are deleted. Backups made with File ▸ Back up now are never deleted.</source>
        <translation>Faint o&apos;r copïau wrth gefn awtomatig (a wneir wrth ddechrau am y tro cyntaf bob dydd ac wrth gau) a gedwir; caiff y rhai hŷn eu dileu. Ni chaiff copïau wrth gefn a wnaed gyda Ffeil ▸ Gwneud copi wrth gefn nawr byth eu dileu.</translation>
    </message>
    <message>
        <source>Change how many backups are kept</source>
        <translation>Newid faint o gopïau wrth gefn a gedwir</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Combined cap</source>
        <translation>Cap cyfunol</translation>
    </message>
    <message>
        <source>Paid time {hours} h</source>
        <translation>Amser â thâl {hours} awr</translation>
    </message>
    <message>
        <source> · cost {money}</source>
        <translation> · cost {money}</translation>
    </message>
    <message>
        <source>{hours} of {full} h a week</source>
        <translation>{hours} o {full} awr yr wythnos</translation>
    </message>
    <message>
        <source>school year</source>
        <translation>blwyddyn ysgol</translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation>daeth i ben {date}</translation>
    </message>
    <message>
        <source>TOIL owed: {hours} h</source>
        <translation>Amser i ffwrdd yn lle sy&apos;n ddyledus: {hours} awr</translation>
    </message>
    <message>
        <source>Payment due: {amount} ({why})</source>
        <translation>Taliad sy&apos;n ddyledus: {amount} ({why})</translation>
    </message>
    <message>
        <source>Opens {name}&apos;s page</source>
        <translation>Yn agor tudalen {name}</translation>
    </message>
    <message>
        <source>Open {name}&apos;s page</source>
        <translation>Agor tudalen {name}</translation>
    </message>
    <message>
        <source>No role held this year.</source>
        <translation>Dim rôl eleni.</translation>
    </message>
    <message>
        <source>{name} (up to {cap} {unit})</source>
        <translation>{name} (hyd at {cap} {unit})</translation>
    </message>
    <message>
        <source>Not used yet: {list}</source>
        <translation>Heb ei ddefnyddio eto: {list}</translation>
    </message>
</context>
<context>
    <name>BranchFolder</name>
    <message>
        <source>Branch folder</source>
        <translation>Ffolder y gangen</translation>
    </message>
    <message>
        <source>Keep this database in step with the branch through a folder the branch already shares (OneDrive, Nextcloud, Dropbox, Syncthing or a network drive). Each laptop writes only files of its own there, encrypted with the branch passphrase.</source>
        <translation>Cadwch y gronfa ddata hon yn gyson â&apos;r gangen drwy ffolder y mae&apos;r gangen eisoes yn ei rhannu (OneDrive, Nextcloud, Dropbox, Syncthing neu yriant rhwydwaith). Mae pob gliniadur yn ysgrifennu ei ffeiliau ei hun yn unig yno, wedi&apos;u hamgryptio â chyfrinymadrodd y gangen.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ffolder:</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Dew&amp;is…</translation>
    </message>
    <message>
        <source>Branch passphrase</source>
        <translation>Cyfrinymadrodd y gangen</translation>
    </message>
    <message>
        <source>The same on every laptop of the branch; at least 8 characters</source>
        <translation>Yr un fath ar bob gliniadur yn y gangen; o leiaf 8 nod</translation>
    </message>
    <message>
        <source>Branch passphrase:</source>
        <translation>Cyfrinymadrodd y gangen:</translation>
    </message>
    <message>
        <source>&amp;Save and sync</source>
        <translation>C&amp;adw a chysoni</translation>
    </message>
    <message>
        <source>&amp;Trusted laptops…</source>
        <translation>G&amp;liniaduron a drystir…</translation>
    </message>
    <message>
        <source>Stop s&amp;yncing</source>
        <translation>&amp;Peidio â chysoni</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint: {fingerprint} (read it to the others when they trust it)</source>
        <translation>Ôl bys y gliniadur hwn: {fingerprint} (darllenwch ef i&apos;r lleill pan fyddant yn ei drystio)</translation>
    </message>
    <message>
        <source>Choose the branch folder</source>
        <translation>Dewiswch ffolder y gangen</translation>
    </message>
    <message>
        <source>Saved: this laptop now syncs with {folder}.</source>
        <translation>Wedi&apos;i gadw: mae&apos;r gliniadur hwn bellach yn cysoni â {folder}.</translation>
    </message>
    <message>
        <source>This laptop no longer syncs with a branch folder.</source>
        <translation>Nid yw&apos;r gliniadur hwn yn cysoni â ffolder cangen mwyach.</translation>
    </message>
</context>
<context>
    <name>BranchSync</name>
    <message>
        <source>just now</source>
        <translation>newydd ddigwydd</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} mun yn ôl</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} awr yn ôl</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>ar {date}</translation>
    </message>
    <message>
        <source>Syncing with the branch…</source>
        <translation>Yn cysoni â&apos;r gangen…</translation>
    </message>
    <message>
        <source>Branch folder: {problem}</source>
        <translation>Ffolder y gangen: {problem}</translation>
    </message>
    <message>
        <source>Not yet in step with the branch</source>
        <translation>Heb gysoni â&apos;r gangen eto</translation>
    </message>
    <message>
        <source>In step with the branch</source>
        <translation>Yn gyson â&apos;r gangen</translation>
    </message>
    <message>
        <source>{n} change(s) received</source>
        <translation>{n} newid wedi&apos;u derbyn</translation>
    </message>
    <message>
        <source>1 conflict to resolve</source>
        <translation>1 gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <source>{n} conflicts to resolve</source>
        <translation>{n} gwrthdaro i&apos;w datrys</translation>
    </message>
    <message>
        <source>{n} file(s) waiting</source>
        <translation>{n} ffeil yn aros</translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>Dangos y gwrthdaro i&apos;w datrys</translation>
    </message>
    <message>
        <source>Sync with the branch folder now</source>
        <translation>Cysoni â ffolder y gangen nawr</translation>
    </message>
    <message>
        <source>Opening the conflicts…</source>
        <translation>Yn agor y gwrthdaro…</translation>
    </message>
</context>
<context>
    <name>BranchTrust</name>
    <message>
        <source>Trusted laptops</source>
        <translation>Gliniaduron a drystir</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint is {fingerprint}. Trust another laptop only when its owner reads you the same fingerprint as the one shown here for it (by phone or in person): files from a laptop not trusted are never applied.</source>
        <translation>Ôl bys y gliniadur hwn yw {fingerprint}. Trystiwch liniadur arall dim ond pan fydd ei berchennog yn darllen i chi&apos;r un ôl bys â&apos;r un a ddangosir yma ar ei gyfer (dros y ffôn neu wyneb yn wyneb): ni chymhwysir byth ffeiliau gan liniadur nad yw&apos;n cael ei drystio.</translation>
    </message>
    <message>
        <source>Laptops seen in the branch folder</source>
        <translation>Gliniaduron a welwyd yn ffolder y gangen</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Gliniadur</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Yn cael ei drystio</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>No other laptop has been seen in the branch folder yet: each laptop appears here after its first round.</source>
        <translation>Ni welwyd unrhyw liniadur arall yn ffolder y gangen eto: mae pob gliniadur yn ymddangos yma ar ôl ei rownd gyntaf.</translation>
    </message>
    <message>
        <source>a laptop with no name ({id}…)</source>
        <translation>gliniadur heb enw ({id}…)</translation>
    </message>
    <message>
        <source>Withdraw trust…</source>
        <translation>Tynnu ymddiriedaeth yn ôl…</translation>
    </message>
    <message>
        <source>Withdraw trust from {name}, fingerprint {fingerprint}</source>
        <translation>Tynnu ymddiriedaeth yn ôl oddi wrth {name}, ôl bys {fingerprint}</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trystio</translation>
    </message>
    <message>
        <source>Trust {name}, fingerprint {fingerprint}</source>
        <translation>Trystio {name}, ôl bys {fingerprint}</translation>
    </message>
    <message>
        <source>Withdraw trust</source>
        <translation>Tynnu ymddiriedaeth yn ôl</translation>
    </message>
    <message>
        <source>Withdraw trust from {name} (fingerprint {fingerprint})?</source>
        <translation>Tynnu ymddiriedaeth yn ôl oddi wrth {name} (ôl bys {fingerprint})?</translation>
    </message>
    <message>
        <source>From the next round on, files from this laptop are skipped, as from a laptop never trusted. Nothing already applied from it is removed or changed, and its files stay in the branch folder. You can trust it again later; if it comes back with a new key, you will be asked to check its fingerprint again.</source>
        <translation>O&apos;r rownd nesaf ymlaen, caiff ffeiliau o&apos;r gliniadur hwn eu hepgor, fel o liniadur na chafodd erioed ei drystio. Ni chaiff dim a gymhwyswyd ohono eisoes ei ddileu na&apos;i newid, ac mae ei ffeiliau&apos;n aros yn ffolder y gangen. Gallwch ei drystio eto yn nes ymlaen; os daw yn ôl gydag allwedd newydd, gofynnir i chi wirio ei ôl bys eto.</translation>
    </message>
    <message>
        <source>&amp;Withdraw trust</source>
        <translation>&amp;Tynnu ymddiriedaeth yn ôl</translation>
    </message>
    <message>
        <source>Withdraw trust from {name}</source>
        <translation>Tynnu ymddiriedaeth yn ôl oddi wrth {name}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Nothing was changed, and this step is no longer on the undo list.</source>
        <translation>Ni newidiwyd dim, ac nid yw&apos;r cam hwn ar y rhestr dadwneud mwyach.</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Cofnodi amser</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Dileu cofnod</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Golygu cofnod</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>Agor anghydfod</translation>
    </message>
    <message>
        <source>Add rep</source>
        <translation>Ychwanegu cynrychiolydd</translation>
    </message>
    <message>
        <source>Edit rep</source>
        <translation>Golygu cynrychiolydd</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Neilltuo rôl</translation>
    </message>
    <message>
        <source>End role</source>
        <translation>Dod â rôl i ben</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>Ychwanegu estyniad</translation>
    </message>
    <message>
        <source>Record TOIL</source>
        <translation>Cofnodi amser i ffwrdd yn lle</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Golygu rôl</translation>
    </message>
    <message>
        <source>Record extension review</source>
        <translation>Cofnodi adolygiad estyniad</translation>
    </message>
    <message>
        <source>Edit extension</source>
        <translation>Golygu estyniad</translation>
    </message>
    <message>
        <source>Change {key}</source>
        <translation>Newid {key}</translation>
    </message>
    <message>
        <source>Change your details</source>
        <translation>Newid eich manylion</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Urgent</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Pwysig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>Y flwyddyn a ddangosir</translation>
    </message>
    <message>
        <source>The cards and flags below are for this year</source>
        <translation>Mae&apos;r cardiau a&apos;r rhybuddion isod ar gyfer y flwyddyn hon</translation>
    </message>
    <message>
        <source>The year to show (school staff follow their academic year)</source>
        <translation>Y flwyddyn i&apos;w dangos (mae staff ysgol yn dilyn eu blwyddyn academaidd)</translation>
    </message>
    <message>
        <source>Allowances of every rep</source>
        <translation>Lwfansau pob cynrychiolydd</translation>
    </message>
    <message>
        <source>A card for each rep: each allowance a bar, its numbers written beside it</source>
        <translation>Cerdyn i bob cynrychiolydd: pob lwfans yn far, a&apos;i ffigurau wedi&apos;u hysgrifennu wrth ei ochr</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <source>Flags to act on, the most urgent first; Enter opens what a flag is about</source>
        <translation>Rhybuddion i weithredu arnynt, y mwyaf brys yn gyntaf; mae Enter yn agor yr hyn y mae rhybudd yn sôn amdano</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Blwyddyn:</translation>
    </message>
    <message>
        <source>{label} (this year)</source>
        <translation>{label} (eleni)</translation>
    </message>
    <message>
        <source>Could not check the entries: {error}</source>
        <translation>Methu gwirio&apos;r cofnodion: {error}</translation>
    </message>
    <message>
        <source>Show all {count} reps</source>
        <translation>Dangos pob un o&apos;r {count} cynrychiolydd</translation>
    </message>
    <message>
        <source>No reps yet. Add one under Reps &amp; roles (Ctrl+3).</source>
        <translation>Dim cynrychiolwyr eto. Ychwanegwch un o dan Cynrychiolwyr a rolau (Ctrl+3).</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open it</source>
        <translation>Pwyswch Enter neu cliciwch ddwywaith i&apos;w agor</translation>
    </message>
    <message>
        <source>… and {count} more. The most urgent {shown} are shown; the log has the rest.</source>
        <translation>… a {count} arall. Dangosir y {shown} mwyaf brys; mae&apos;r gweddill yn y cofnod.</translation>
    </message>
    <message>
        <source>Checking requests, entries and disputes…</source>
        <translation>Wrthi&apos;n gwirio ceisiadau, cofnodion ac anghydfodau…</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Does dim angen sylw.</translation>
    </message>
    <message>
        <source>Needs attention ({count})</source>
        <translation>Angen sylw ({count})</translation>
    </message>
    <message>
        <source>Most urgent — {severity}: {text}</source>
        <translation>Mwyaf brys — {severity}: {text}</translation>
    </message>
    <message>
        <source>{count} rep</source>
        <translation>{count} cynrychiolydd</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} cynrychiolydd</translation>
    </message>
    <message>
        <source>paid facility time {hours} h, cost {money}</source>
        <translation>amser cyfleuster â thâl {hours} awr, cost {money}</translation>
    </message>
    <message>
        <source>{count} rep over or near a cap</source>
        <translation>{count} cynrychiolydd dros gap neu&apos;n agos ato</translation>
    </message>
    <message>
        <source>{count} reps over or near a cap</source>
        <translation>{count} cynrychiolydd dros gap neu&apos;n agos ato</translation>
    </message>
    <message>
        <source>{count} request awaiting an answer</source>
        <translation>{count} cais yn aros am ateb</translation>
    </message>
    <message>
        <source>{count} requests awaiting an answer</source>
        <translation>{count} cais yn aros am ateb</translation>
    </message>
</context>
<context>
    <name>DisputeActions</name>
    <message>
        <source>Take the dispute to the next stage</source>
        <translation>Mynd â&apos;r anghydfod i&apos;r cam nesaf</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Codwyd ar:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Gyda:</translation>
    </message>
    <message>
        <source>the senior manager&apos;s or officer&apos;s name</source>
        <translation>enw&apos;r uwch reolwr neu&apos;r swyddog</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ar agor o hyd</translation>
    </message>
    <message>
        <source>Record the response</source>
        <translation>Cofnodi&apos;r ymateb</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Daeth i law ar:</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Ymateb:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>ACAS early conciliation</source>
        <translation>Cymodi cynnar ACAS</translation>
    </message>
    <message>
        <source>Day &amp;A (ACAS received it):</source>
        <translation>Diwrnod &amp;A (ACAS wedi&apos;i gael):</translation>
    </message>
    <message>
        <source>Day &amp;B (certificate):</source>
        <translation>Diwrnod &amp;B (tystysgrif):</translation>
    </message>
    <message>
        <source>Early conciliation stops the tribunal clock: the days from Day A to Day B are added, and the deadline is never less than one month after Day B.</source>
        <translation>Mae cymodi cynnar yn atal cloc y tribiwnlys: ychwanegir y dyddiau o Ddiwrnod A i Ddiwrnod B, ac nid yw&apos;r terfyn amser byth yn llai na mis ar ôl Diwrnod B.</translation>
    </message>
    <message>
        <source>Add a rep first.</source>
        <translation>Ychwanegwch gynrychiolydd yn gyntaf.</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Cwyn newydd</translation>
    </message>
    <message>
        <source>A complaint about operating the agreement (clause 22.1)</source>
        <translation>Cwyn am weithredu&apos;r cytundeb (cymal 22.1)</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Cynrychiolydd:</translation>
    </message>
    <message>
        <source>&amp;About what happened on:</source>
        <translation>&amp;Am yr hyn a ddigwyddodd ar:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Beth ddigwyddodd:</translation>
    </message>
    <message>
        <source>&amp;People involved:</source>
        <translation>&amp;Pobl dan sylw:</translation>
    </message>
</context>
<context>
    <name>DisputesView</name>
    <message>
        <source>Rep</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Refused on</source>
        <translation>Gwrthodwyd ar</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Tribunal deadline</source>
        <translation>Terfyn amser y tribiwnlys</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dyddiau ar ôl</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Anghydfodau</translation>
    </message>
    <message>
        <source>Open disputes only</source>
        <translation>Anghydfodau agored yn unig</translation>
    </message>
    <message>
        <source>The dispute in full</source>
        <translation>Yr anghydfod yn llawn</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Uwchgyfeirio…</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Cofnodi ymateb…</translation>
    </message>
    <message>
        <source>ACAS dates…</source>
        <translation>Dyddiadau ACAS…</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Llythyr…</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>Cwyn newydd…</translation>
    </message>
    <message>
        <source>A complaint about how the agreement is operated (clause 22.1)</source>
        <translation>Cwyn am y ffordd y gweithredir y cytundeb (cymal 22.1)</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Cwyn</translation>
    </message>
    <message>
        <source>out of time</source>
        <translation>y tu allan i&apos;r terfyn amser</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>wedi mynd heibio</translation>
    </message>
    <message>
        <source>Choose a dispute to see it in full.</source>
        <translation>Dewiswch anghydfod i&apos;w weld yn llawn.</translation>
    </message>
    <message>
        <source>Out of time for a tribunal claim.</source>
        <translation>Y tu allan i&apos;r terfyn amser ar gyfer hawliad i&apos;r tribiwnlys.</translation>
    </message>
    <message>
        <source>ACAS early conciliation under way: the tribunal clock is stopped until the certificate (Day B) is recorded.</source>
        <translation>Cymodi cynnar ACAS ar y gweill: mae cloc y tribiwnlys wedi&apos;i atal nes cofnodi&apos;r dystysgrif (Diwrnod B).</translation>
    </message>
    <message>
        <source>Last day to present a tribunal claim: {day}</source>
        <translation>Y diwrnod olaf i gyflwyno hawliad i&apos;r tribiwnlys: {day}</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>{n} ar ôl</translation>
    </message>
    <message>
        <source>passed {n} ago</source>
        <translation>aeth heibio {n} yn ôl</translation>
    </message>
    <message>
        <source>Complaint about</source>
        <translation>Cwyn am</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Rhesymau a roddwyd</translation>
    </message>
    <message>
        <source>none recorded (clause 21.2)</source>
        <translation>dim wedi&apos;u cofnodi (cymal 21.2)</translation>
    </message>
    <message>
        <source>Alternative offered</source>
        <translation>Dewis arall a gynigiwyd</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Pobl dan sylw</translation>
    </message>
    <message>
        <source>ACAS Day A</source>
        <translation>Diwrnod A ACAS</translation>
    </message>
    <message>
        <source>ACAS Day B</source>
        <translation>Diwrnod B ACAS</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Ar hyn o bryd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>answered {day}</source>
        <translation>atebwyd {day}</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>dim ateb eto</translation>
    </message>
    <message>
        <source>raised {raised}; no answer is due at this step; {answered}</source>
        <translation>codwyd {raised}; nid oes ateb yn ddyledus ar y cam hwn; {answered}</translation>
    </message>
    <message>
        <source>raised {raised}, answer due {due}; {answered}</source>
        <translation>codwyd {raised}, ateb yn ddyledus {due}; {answered}</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>How the deadline was worked out</source>
        <translation>Sut y cyfrifwyd y terfyn amser</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Yearly statement…</source>
        <translation>Datganiad blynyddol…</translation>
    </message>
    <message>
        <source>Save the rep&apos;s statement for a year as a PDF or a CSV spreadsheet</source>
        <translation>Cadw datganiad y cynrychiolydd am flwyddyn fel PDF neu daenlen CSV</translation>
    </message>
    <message>
        <source>Branch summary…</source>
        <translation>Crynodeb y gangen…</translation>
    </message>
    <message>
        <source>Save every rep&apos;s year as a PDF or a CSV spreadsheet, with the facility time tables if wanted</source>
        <translation>Cadw blwyddyn pob cynrychiolydd fel PDF neu daenlen CSV, gyda&apos;r tablau amser cyfleuster os dymunir</translation>
    </message>
    <message>
        <source>Welsh first, then English</source>
        <translation>Cymraeg yn gyntaf, yna Saesneg</translation>
    </message>
    <message>
        <source>Welsh only</source>
        <translation>Cymraeg yn unig</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Saesneg yn unig</translation>
    </message>
    <message>
        <source>Save the yearly statement</source>
        <translation>Cadw&apos;r datganiad blynyddol</translation>
    </message>
    <message>
        <source>Making the statement…</source>
        <translation>Wrthi&apos;n creu&apos;r datganiad…</translation>
    </message>
    <message>
        <source>Yearly statement for {name}</source>
        <translation>Datganiad blynyddol i {name}</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Allowances, hours by role, category and month, extensions, TOIL and the cost, for one of the rep&apos;s years. Save it as .pdf to print, or .csv for a spreadsheet.</source>
        <translation>Lwfansau, oriau fesul rôl, categori a mis, estyniadau, amser i ffwrdd yn lle a&apos;r gost, am un o flynyddoedd y cynrychiolydd. Cadwch ef fel .pdf i&apos;w argraffu, neu .csv ar gyfer taenlen.</translation>
    </message>
    <message>
        <source>As a &amp;flat CSV: one header row, one record a row</source>
        <translation>Fel CSV &amp;gwastad: un rhes pennawd, un cofnod ym mhob rhes</translation>
    </message>
    <message>
        <source>For a spreadsheet&apos;s filters or pandas, read as it is; without it the CSV has the document&apos;s sections, each with its own header row</source>
        <translation>I hidlwyr taenlen neu pandas, i&apos;w ddarllen fel y mae; hebddo mae gan y CSV adrannau&apos;r ddogfen, pob un â&apos;i rhes pennawd ei hun</translation>
    </message>
    <message>
        <source>Save the branch summary</source>
        <translation>Cadw crynodeb y gangen</translation>
    </message>
    <message>
        <source>Making the branch summary…</source>
        <translation>Wrthi&apos;n creu crynodeb y gangen…</translation>
    </message>
    <message>
        <source>Branch facility time summary</source>
        <translation>Crynodeb amser cyfleuster y gangen</translation>
    </message>
    <message>
        <source>Add the four facility time &amp;tables (SI 2017/328)</source>
        <translation>Ychwanegu pedwar &amp;tabl amser cyfleuster (OS 2017/328)</translation>
    </message>
    <message>
        <source>The share of the pay bill uses the pay bill set under Settings</source>
        <translation>Mae cyfran y bil cyflog yn defnyddio&apos;r bil cyflog a osodwyd o dan Gosodiadau</translation>
    </message>
    <message>
        <source>Every rep&apos;s year: roles, allowances used, paid facility time and its cost. Save it as .pdf to print, or .csv for a spreadsheet.</source>
        <translation>Blwyddyn pob cynrychiolydd: rolau, lwfansau a ddefnyddiwyd, amser cyfleuster â thâl a&apos;i gost. Cadwch ef fel .pdf i&apos;w argraffu, neu .csv ar gyfer taenlen.</translation>
    </message>
    <message>
        <source>{number} · {step} (the next step: a draft dated today)</source>
        <translation>{number} · {step} (y cam nesaf: drafft wedi&apos;i ddyddio heddiw)</translation>
    </message>
    <message>
        <source>No step of this dispute has a letter.</source>
        <translation>Nid oes llythyr ar gyfer unrhyw gam o&apos;r anghydfod hwn.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Cadw&apos;r llythyr</translation>
    </message>
    <message>
        <source>Making the letter…</source>
        <translation>Wrthi&apos;n creu&apos;r llythyr…</translation>
    </message>
    <message>
        <source>Letter for the dispute</source>
        <translation>Llythyr ar gyfer yr anghydfod</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Cam:</translation>
    </message>
    <message>
        <source>A letter for a step already raised is dated the day it was raised; the next step&apos;s letter is a draft dated today.</source>
        <translation>Mae llythyr ar gyfer cam a godwyd eisoes wedi&apos;i ddyddio ar y diwrnod y&apos;i codwyd; mae llythyr y cam nesaf yn ddrafft wedi&apos;i ddyddio heddiw.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Dewis y ffeil…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Taenlen CSV (*.csv)</translation>
    </message>
    <message>
        <source>Document not made</source>
        <translation>Ni chrëwyd y ddogfen</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Cadwyd {path}</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>Cadwyd y ddogfen</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>Cadwyd {name} yn {folder}.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Ei hagor</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <source>Change a document setting</source>
        <translation>Newid gosodiad dogfen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Iaith y dogfennau</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Iaith y dogfennau:</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Ffeil y logo</translation>
    </message>
    <message>
        <source>a PNG or JPEG file; empty for none</source>
        <translation>ffeil PNG neu JPEG; yn wag am ddim logo</translation>
    </message>
    <message>
        <source>Printed at the top right of the Pro Forma, statements and the summary</source>
        <translation>Wedi&apos;i argraffu ar y dde ar frig y Pro Fforma, y datganiadau a&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>The logo as chosen</source>
        <translation>Y logo a ddewiswyd</translation>
    </message>
    <message>
        <source>Pay bill (£ a year):</source>
        <translation>Bil cyflog (£ y flwyddyn):</translation>
    </message>
    <message>
        <source>Total pay bill</source>
        <translation>Cyfanswm y bil cyflog</translation>
    </message>
    <message>
        <source>e.g. 48,000,000</source>
        <translation>e.e. 48,000,000</translation>
    </message>
    <message>
        <source>The organisation&apos;s total pay bill, for the share of it spent on facility time (SI 2017/328, table 3)</source>
        <translation>Cyfanswm bil cyflog y sefydliad, ar gyfer y gyfran a wariwyd ar amser cyfleuster (OS 2017/328, tabl 3)</translation>
    </message>
    <message>
        <source>Director:</source>
        <translation>Cyfarwyddwr:</translation>
    </message>
    <message>
        <source>Director&apos;s name</source>
        <translation>Enw&apos;r Cyfarwyddwr</translation>
    </message>
    <message>
        <source>Named in step 3 of the Pro Forma&apos;s routing</source>
        <translation>Wedi&apos;i enwi yng ngham 3 llwybr y Pro Fforma</translation>
    </message>
    <message>
        <source>Head of Strategic HR:</source>
        <translation>Pennaeth AD Strategol:</translation>
    </message>
    <message>
        <source>Head of Strategic HR&apos;s name</source>
        <translation>Enw Pennaeth AD Strategol</translation>
    </message>
    <message>
        <source>Named on the Pro Forma&apos;s routing and on letters to HR</source>
        <translation>Wedi&apos;i enwi ar lwybr y Pro Fforma ac ar lythyrau at Adnoddau Dynol</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Dewis y logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Delweddau (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>(cannot be shown: {path})</source>
        <translation>(ni ellir ei ddangos: {path})</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>Send as a request</source>
        <translation>Anfon fel cais</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>Cofnodi cymeradwyaeth</translation>
    </message>
    <message>
        <source>Record refusal…</source>
        <translation>Cofnodi gwrthod…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Mark as taken</source>
        <translation>Nodi ei fod wedi&apos;i gymryd</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>restored</source>
        <translation>adferwyd</translation>
    </message>
    <message>
        <source>created</source>
        <translation>crëwyd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dilëwyd</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Dim newidiadau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source> (unpaid)</source>
        <translation> (di-dâl)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>Rhybudd wedi&apos;i roi ar</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod achos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Cynhadledd</translation>
    </message>
    <message>
        <source>yes (needs 3 weeks&apos; notice, clause 12.5)</source>
        <translation>ydy (angen rhybudd o 3 wythnos, cymal 12.5)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Manylion y cofnod</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Dewiswch gofnod i&apos;w weld yn llawn.</translation>
    </message>
    <message>
        <source>This entry has been deleted.</source>
        <translation>Mae&apos;r cofnod hwn wedi&apos;i ddileu.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Bundle written</source>
        <translation>Bwndel wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>unionrep bundles (*.bundle);;All files (*)</source>
        <translation>Bwndeli unionrep (*.bundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bwndel wedi&apos;i fewnforio</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Nothing exported</source>
        <translation>Ni allforiwyd dim</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Methu ysgrifennu {path}: {error}</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}</source>
        <translation>Allforiwyd {count} cofnod i {path}</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Allforio&apos;r log</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Taenlen CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Allforio&apos;r calendr</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Ffeil calendr (*.ics)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Send my log to the branch</source>
        <translation>Anfon fy nghofnod i&apos;r gangen</translation>
    </message>
    <message>
        <source>Make a bundle of your records for the branch (or another rep) to import. It is encrypted with a passphrase: give them the passphrase some other way than the file (not in the same e-mail).</source>
        <translation>Gwneud bwndel o&apos;ch cofnodion i&apos;r gangen (neu gynrychiolydd arall) ei fewnforio. Mae wedi&apos;i amgryptio gyda chyfrinymadrodd: rhowch y cyfrinymadrodd iddynt mewn ffordd arall na&apos;r ffeil (nid yn yr un e-bost).</translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation>Cofnodion pwy</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>&amp;Whose records:</source>
        <translation>Cofnodion &amp;pwy:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>Entries and TOIL:</source>
        <translation>Cofnodion ac amser i ffwrdd yn lle:</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>De&amp;wis…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (recommended)</source>
        <translation>A&amp;mgryptio gyda chyfrinymadrodd (argymhellir)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>o leiaf {n} nod</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>Not encrypted: the file will hold members&apos; personal data (special category data under UK GDPR) that anyone can read. Keep it off e-mail and shared drives, and delete it once it has been imported.</source>
        <translation>Heb ei amgryptio: bydd y ffeil yn cynnwys data personol aelodau (data categori arbennig o dan GDPR y DU) y gall unrhyw un ei ddarllen. Peidiwch â&apos;i hanfon drwy e-bost na&apos;i rhoi ar yriant a rennir, a dilëwch hi ar ôl ei mewnforio.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Yn ysgrifennu&apos;r bwndel…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Cadw&apos;r bwndel</translation>
    </message>
    <message>
        <source>unionrep bundles (*.bundle);;All files (*)</source>
        <translation>Bwndeli unionrep (*.bundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>To: the last day is before the first ({day})</source>
        <translation>Tan: mae&apos;r diwrnod olaf cyn y cyntaf ({day})</translation>
    </message>
    <message>
        <source>File: choose where to save the bundle</source>
        <translation>Ffeil: dewiswch ble i gadw&apos;r bwndel</translation>
    </message>
    <message>
        <source>File: {path} is a folder; give a file name</source>
        <translation>Ffeil: ffolder yw {path}; rhowch enw ffeil</translation>
    </message>
    <message>
        <source>Passphrase: must be at least {n} characters</source>
        <translation>Cyfrinymadrodd: rhaid iddo fod o leiaf {n} nod</translation>
    </message>
    <message>
        <source>Again: the two passphrases differ</source>
        <translation>Eto: mae&apos;r ddau gyfrinymadrodd yn wahanol</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Ni allforiwyd dim: {reason}</translation>
    </message>
    <message>
        <source>{records} record(s) and {deleted} deletion(s) written to {path}.</source>
        <translation>Ysgrifennwyd {records} cofnod a {deleted} dilead i {path}.</translation>
    </message>
    <message>
        <source>The file is encrypted: it opens only with the passphrase.</source>
        <translation>Mae&apos;r ffeil wedi&apos;i hamgryptio: dim ond gyda&apos;r cyfrinymadrodd y mae&apos;n agor.</translation>
    </message>
    <message>
        <source>The file is NOT encrypted.</source>
        <translation>NID yw&apos;r ffeil wedi&apos;i hamgryptio.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>academic-start</source>
        <translation>dechrau&apos;r flwyddyn ysgol</translation>
    </message>
    <message>
        <source>case</source>
        <translation>achos</translation>
    </message>
    <message>
        <source>case_ref</source>
        <translation>cyfeirnod achos</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categori</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>day-b</source>
        <translation>Diwrnod B ACAS</translation>
    </message>
    <message>
        <source>acas-a</source>
        <translation>Diwrnod A ACAS</translation>
    </message>
    <message>
        <source>employee-no</source>
        <translation>rhif cyflogai</translation>
    </message>
    <message>
        <source>end</source>
        <translation>diwedd</translation>
    </message>
    <message>
        <source>end_on</source>
        <translation>dyddiad gorffen</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>cofnod</translation>
    </message>
    <message>
        <source>extra_minutes</source>
        <translation>oriau ychwanegol</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>from</source>
        <translation>o</translation>
    </message>
    <message>
        <source>full-time-hours</source>
        <translation>oriau llawn amser</translation>
    </message>
    <message>
        <source>hourly-rate</source>
        <translation>cyfradd yr awr</translation>
    </message>
    <message>
        <source>hourly_rate</source>
        <translation>cyfradd yr awr</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>oriau</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>nifer i&apos;w cadw</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>math</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>munudau</translation>
    </message>
    <message>
        <source>months</source>
        <translation>misoedd</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>notice-on</source>
        <translation>dyddiad y rhybudd</translation>
    </message>
    <message>
        <source>on</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>canlyniad</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>â thâl</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>cyfrinymadrodd</translation>
    </message>
    <message>
        <source>pay-bill</source>
        <translation>bil cyflogau</translation>
    </message>
    <message>
        <source>pay_bill</source>
        <translation>bil cyflogau</translation>
    </message>
    <message>
        <source>raised-on</source>
        <translation>dyddiad ei godi</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>rheswm</translation>
    </message>
    <message>
        <source>refused-on</source>
        <translation>dyddiad gwrthod</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>cynrychiolydd</translation>
    </message>
    <message>
        <source>review-on</source>
        <translation>dyddiad adolygu</translation>
    </message>
    <message>
        <source>review_on</source>
        <translation>dyddiad adolygu</translation>
    </message>
    <message>
        <source>reviewed-on</source>
        <translation>dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôl</translation>
    </message>
    <message>
        <source>scp</source>
        <translation>pwynt</translation>
    </message>
    <message>
        <source>secondment-percent</source>
        <translation>canran secondiad</translation>
    </message>
    <message>
        <source>secondment_percent</source>
        <translation>canran secondiad</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>cam</translation>
    </message>
    <message>
        <source>start</source>
        <translation>dechrau</translation>
    </message>
    <message>
        <source>start_on</source>
        <translation>dyddiad dechrau</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hyd at</translation>
    </message>
    <message>
        <source>weekly-hours</source>
        <translation>oriau&apos;r wythnos</translation>
    </message>
    <message>
        <source>year</source>
        <translation>blwyddyn</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Yn ô&amp;l</translation>
    </message>
    <message>
        <source>E-mail: {value!r} is not an e-mail address</source>
        <translation>E-bost: nid yw {value!r} yn gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Your name: needed for your own log</source>
        <translation>Eich enw: mae ei angen ar gyfer eich cofnod eich hun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; unionrep keeps your facility time, Pro Forma requests and disputes on this computer only. Three questions and you can start.</source>
        <translation>&lt;b&gt;Croeso.&lt;/b&gt; Mae unionrep yn cadw eich amser cyfleuster, eich ceisiadau Pro Fforma a&apos;ch anghydfodau ar y cyfrifiadur hwn yn unig. Tri chwestiwn ac fe allwch ddechrau.</translation>
    </message>
    <message>
        <source>Your data will be kept in {path}</source>
        <translation>Bydd eich data&apos;n cael eu cadw yn {path}</translation>
    </message>
    <message>
        <source>Roles: {roles}.</source>
        <translation>Rolau: {roles}.</translation>
    </message>
    <message>
        <source>Every figure can be changed later under Settings.</source>
        <translation>Gellir newid pob ffigur yn nes ymlaen o dan Gosodiadau.</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address</source>
        <translation>nid yw {value!r} yn gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>{role}: held since</source>
        <translation>{role}: yn y rôl ers</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your roles and your managers.&lt;/b&gt; Printed on every Pro Forma you make; each can be changed later under Reps &amp; roles.</source>
        <translation>&lt;b&gt;Eich rolau a&apos;ch rheolwyr.&lt;/b&gt; Wedi&apos;u hargraffu ar bob Pro Fforma a wnewch; gellir newid pob un yn nes ymlaen dan Cynrychiolwyr a rolau.</translation>
    </message>
    <message>
        <source>The roles you hold, and since when</source>
        <translation>Y rolau sydd gennych, ac ers pryd</translation>
    </message>
    <message>
        <source>Your job</source>
        <translation>Eich swydd</translation>
    </message>
    <message>
        <source>Contracted &amp;hours a week:</source>
        <translation>&amp;Oriau dan gontract yr wythnos:</translation>
    </message>
    <message>
        <source>Contracted hours a week</source>
        <translation>Oriau dan gontract yr wythnos</translation>
    </message>
    <message>
        <source>I work in a &amp;school (years run with the academic year)</source>
        <translation>Rwy&apos;n gweithio mewn &amp;ysgol (mae&apos;r blynyddoedd yn dilyn y flwyddyn academaidd)</translation>
    </message>
    <message>
        <source>Your line &amp;manager:</source>
        <translation>Eich &amp;rheolwr llinell:</translation>
    </message>
    <message>
        <source>Line manager&apos;s e-&amp;mail:</source>
        <translation>&amp;E-bost y rheolwr llinell:</translation>
    </message>
    <message>
        <source>Your head of &amp;service:</source>
        <translation>Eich pennaeth &amp;gwasanaeth:</translation>
    </message>
    <message>
        <source>Head of service&apos;s e-ma&amp;il:</source>
        <translation>E-bost y pennaeth gwas&amp;anaeth:</translation>
    </message>
    <message>
        <source>tick at least one role you hold</source>
        <translation>ticiwch o leiaf un rôl sydd gennych</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to unionrep</source>
        <translation>Croeso i unionrep</translation>
    </message>
    <message>
        <source>The agreement you work under</source>
        <translation>Y cytundeb rydych chi&apos;n gweithio oddi tano</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Proffil polisi</translation>
    </message>
    <message>
        <source>This computer keeps</source>
        <translation>Mae&apos;r cyfrifiadur hwn yn cadw</translation>
    </message>
    <message>
        <source>&amp;My own log, as a steward</source>
        <translation>&amp;Fy nghofnod fy hun, fel stiward</translation>
    </message>
    <message>
        <source>The branch&apos;s &amp;book, for every rep (a branch officer&apos;s laptop)</source>
        <translation>&amp;Llyfr y gangen, ar gyfer pob cynrychiolydd (gliniadur swyddog cangen)</translation>
    </message>
    <message>
        <source>About you (printed on Pro Formas and letters)</source>
        <translation>Amdanoch chi (yn cael ei argraffu ar y Pro Fforma a&apos;r llythyrau)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your &amp;role in the union:</source>
        <translation>Eich &amp;rôl yn yr undeb:</translation>
    </message>
    <message>
        <source>Your role in the union</source>
        <translation>Eich rôl yn yr undeb</translation>
    </message>
    <message>
        <source>e.g. Steward, Branch secretary</source>
        <translation>e.e. Stiward, Ysgrifennydd cangen</translation>
    </message>
    <message>
        <source>&amp;Union:</source>
        <translation>&amp;Undeb:</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Undeb</translation>
    </message>
    <message>
        <source>e.g. UNSAIN Cymru / UNISON Cymru</source>
        <translation>e.e. UNSAIN Cymru / UNISON Cymru</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Cangen:</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cangen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Eich e-bost</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>set</source>
        <translation>wedi&apos;i osod</translation>
    </message>
    <message>
        <source>{name} is set</source>
        <translation>{name} wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Something went wrong, nothing was saved: {error}</source>
        <translation>Aeth rhywbeth o&apos;i le, ni chadwyd dim: {error}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Your day in one window</source>
        <translation>Eich diwrnod mewn un ffenestr</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Dashboard&lt;/b&gt; shows every rep&apos;s allowances for the year, closest to a cap first: the solid part of a bar is time used (approved or taken), the hatched part is time asked for and not yet answered, and the numbers beside it say the same in words. &lt;b&gt;Needs attention&lt;/b&gt; lists everything to act on; press Enter on one to open it.</source>
        <translation>Mae&apos;r &lt;b&gt;Dangosfwrdd&lt;/b&gt; yn dangos lwfansau pob cynrychiolydd ar gyfer y flwyddyn, yr agosaf at gap yn gyntaf: rhan solet bar yw&apos;r amser a ddefnyddiwyd (wedi&apos;i gymeradwyo neu wedi&apos;i gymryd), y rhan streipiog yw amser y gofynnwyd amdano sydd heb ei ateb eto, ac mae&apos;r rhifau wrth ei ochr yn dweud yr un peth mewn geiriau. Mae &lt;b&gt;Angen sylw&lt;/b&gt; yn rhestru popeth i weithredu arno; pwyswch Enter ar un i&apos;w agor.</translation>
    </message>
    <message>
        <source>Every change is saved at once; there is no Save button. Anything can be undone with Ctrl+Z, even a deletion.</source>
        <translation>Caiff pob newid ei gadw ar unwaith; does dim botwm Cadw. Gellir dadwneud unrhyw beth gyda Ctrl+Z, hyd yn oed dileu.</translation>
    </message>
    <message>
        <source>A request goes from &lt;i&gt;draft&lt;/i&gt; to &lt;i&gt;requested&lt;/i&gt; (the Pro Forma goes to the manager), then &lt;i&gt;approved&lt;/i&gt; or &lt;i&gt;refused&lt;/i&gt;. A refusal needs written reasons (clause 21.2) and can open a dispute, whose tribunal deadline is worked out for you.</source>
        <translation>Mae cais yn mynd o &lt;i&gt;ddrafft&lt;/i&gt; i &lt;i&gt;gwnaed cais&lt;/i&gt; (mae&apos;r Pro Fforma yn mynd at y rheolwr), yna &lt;i&gt;cymeradwywyd&lt;/i&gt; neu &lt;i&gt;gwrthodwyd&lt;/i&gt;. Rhaid rhoi rhesymau ysgrifenedig wrth wrthod (cymal 21.2), a gall gwrthod agor anghydfod; cyfrifir terfyn amser y tribiwnlys ar eich cyfer.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Bysellfwrdd</translation>
    </message>
    <message>
        <source>Dashboard, Log, Reps &amp; roles, Requests, Disputes, Settings</source>
        <translation>Dangosfwrdd, Cofnod, Cynrychiolwyr a rolau, Ceisiadau, Anghydfodau, Gosodiadau</translation>
    </message>
    <message>
        <source>Log time off (quick entry)</source>
        <translation>Cofnodi amser i ffwrdd (cofnod cyflym)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Chwilio&apos;r cofnod</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <source>Delete the selected entry (Ctrl+Z puts it back)</source>
        <translation>Dileu&apos;r cofnod a ddewiswyd (mae Ctrl+Z yn ei roi&apos;n ôl)</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Agor yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>The next control; out of a table too (the arrow keys move within it)</source>
        <translation>Y rheolydd nesaf; allan o dabl hefyd (mae&apos;r bysellau saeth yn symud o&apos;i fewn)</translation>
    </message>
    <message>
        <source>What can be done to the selected row (the Menu key does the same)</source>
        <translation>Beth y gellir ei wneud i&apos;r rhes a ddewiswyd (mae&apos;r fysell Dewislen yn gwneud yr un peth)</translation>
    </message>
    <message>
        <source>The unionrep guide</source>
        <translation>Canllaw unionrep</translation>
    </message>
    <message>
        <source>Quit unionrep</source>
        <translation>Gadael unionrep</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>unionrep guide</source>
        <translation>Canllaw unionrep</translation>
    </message>
    <message>
        <source>The unionrep guide</source>
        <translation>Canllaw unionrep</translation>
    </message>
</context>
<context>
    <name>ImportConflicts</name>
    <message>
        <source>changed here and in the bundle</source>
        <translation>newidiwyd yma ac yn y bwndel</translation>
    </message>
    <message>
        <source>changed here, deleted in the bundle</source>
        <translation>newidiwyd yma, dilëwyd yn y bwndel</translation>
    </message>
    <message>
        <source>deleted here, changed in the bundle</source>
        <translation>dilëwyd yma, newidiwyd yn y bwndel</translation>
    </message>
    <message>
        <source>deleted on one side while the other added records that depend on it</source>
        <translation>dilëwyd ar un ochr tra ychwanegodd y llall gofnodion sy&apos;n dibynnu arno</translation>
    </message>
    <message>
        <source>two different records carry the same version (was a database copied?)</source>
        <translation>mae dau gofnod gwahanol yn dwyn yr un fersiwn (a gopïwyd cronfa ddata?)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>time</source>
        <translation>amser</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>diben</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>nodiadau</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lleoliad</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categori</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôl</translation>
    </message>
    <message>
        <source>start</source>
        <translation>dechrau</translation>
    </message>
    <message>
        <source>end</source>
        <translation>diwedd</translation>
    </message>
    <message>
        <source>notice given</source>
        <translation>rhybudd a roddwyd</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>rheolwr</translation>
    </message>
    <message>
        <source>manager&apos;s e-mail</source>
        <translation>e-bost y rheolwr</translation>
    </message>
    <message>
        <source>employee no.</source>
        <translation>rhif cyflogai</translation>
    </message>
    <message>
        <source>weekly hours</source>
        <translation>oriau wythnosol</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>gweithle</translation>
    </message>
    <message>
        <source>from</source>
        <translation>o</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tan</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <source>Keep &amp;mine for all</source>
        <translation>Cadw &amp;fy un i i bob un</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all</source>
        <translation>Cymryd &amp;eu hun nhw i bob un</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Yma (fy un i)</translation>
    </message>
    <message>
        <source>In the bundle (theirs)</source>
        <translation>Yn y bwndel (eu hun nhw)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>{count} record(s) depend on it</source>
        <translation>mae {count} cofnod yn dibynnu arno</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Cadw fy un i</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Cymryd eu hun nhw</translation>
    </message>
    <message>
        <source>Choice for {what}</source>
        <translation>Dewis ar gyfer {what}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Opening the bundle…</source>
        <translation>Yn agor y bwndel…</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Yn gwirio&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>Looking for overlaps…</source>
        <translation>Yn chwilio am orgyffwrdd…</translation>
    </message>
    <message>
        <source>Writing the records…</source>
        <translation>Yn ysgrifennu&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation>Yn ysgrifennu&apos;r trywydd archwilio…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wrthi&apos;n gweithio…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>Import from a steward</source>
        <translation>Mewnforio gan stiward</translation>
    </message>
    <message>
        <source>Bundle: {path}</source>
        <translation>Bwndel: {path}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Rhagolwg…</translation>
    </message>
    <message>
        <source>Cancel: nothing is imported</source>
        <translation>Canslo: ni fewnforir dim</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Ni ellir mewnforio&apos;r ffeil hon: {reason}</translation>
    </message>
    <message>
        <source>This bundle is not encrypted: anyone who had the file could read it.</source>
        <translation>Nid yw&apos;r bwndel hwn wedi&apos;i amgryptio: gallai unrhyw un a gafodd y ffeil ei darllen.</translation>
    </message>
    <message>
        <source>Passphrase: give the passphrase the bundle was made with</source>
        <translation>Cyfrinymadrodd: rhowch y cyfrinymadrodd y gwnaed y bwndel gydag ef</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Ni fewnforiwyd dim: {reason}</translation>
    </message>
    <message>
        <source>Import from a steward: preview</source>
        <translation>Mewnforio gan stiward: rhagolwg</translation>
    </message>
    <message>
        <source>an installation with no name ({id}…)</source>
        <translation>gosodiad heb enw ({id}…)</translation>
    </message>
    <message>
        <source>Bundle from {origin}, made {made}</source>
        <translation>Bwndel gan {origin}, wedi&apos;i wneud {made}</translation>
    </message>
    <message>
        <source>This bundle was imported here before.</source>
        <translation>Mewnforiwyd y bwndel hwn yma o&apos;r blaen.</translation>
    </message>
    <message>
        <source>It was made under another policy profile ({profile}).</source>
        <translation>Fe&apos;i gwnaed o dan broffil polisi arall ({profile}).</translation>
    </message>
    <message>
        <source>It was not encrypted.</source>
        <translation>Nid oedd wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <source>{what} overlaps or repeats {other}: the time may be counted twice (it is imported all the same, and listed under Needs attention)</source>
        <translation>mae {what} yn gorgyffwrdd â {other} neu&apos;n ei ailadrodd: gall yr amser gael ei gyfrif ddwywaith (caiff ei fewnforio er hynny, a&apos;i restru o dan Angen sylw)</translation>
    </message>
    <message>
        <source>{added} to add, {changed} to change, {deleted} to delete, {conflicts} in conflict; {kept} newer here, {same} the same. Nothing is written until you press Import.</source>
        <translation>{added} i&apos;w hychwanegu, {changed} i&apos;w newid, {deleted} i&apos;w dileu, {conflicts} yn gwrthdaro; {kept} yn fwy newydd yma, {same} yr un fath. Ni ysgrifennir dim nes i chi bwyso Mewnforio.</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Gwrthdaro ({n})</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Changes (here → bundle)</source>
        <translation>Newidiadau (yma → bwndel)</translation>
    </message>
    <message>
        <source>To add ({n})</source>
        <translation>I&apos;w hychwanegu ({n})</translation>
    </message>
    <message>
        <source>To change ({n})</source>
        <translation>I&apos;w newid ({n})</translation>
    </message>
    <message>
        <source>To delete ({n})</source>
        <translation>I&apos;w dileu ({n})</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Yn mewnforio…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Choose “Keep mine” or “Take theirs” for each conflict ({left} still to choose).</source>
        <translation>Dewiswch “Cadw fy un i” neu “Cymryd eu hun nhw” ar gyfer pob gwrthdaro ({left} heb eu dewis eto).</translation>
    </message>
    <message>
        <source>These choices cannot be imported: {reason}</source>
        <translation>Ni ellir mewnforio gyda&apos;r dewisiadau hyn: {reason}</translation>
    </message>
    <message>
        <source>With these choices the import adds {added}, changes {changed} and deletes {deleted} record(s).</source>
        <translation>Gyda&apos;r dewisiadau hyn mae&apos;r mewnforio yn ychwanegu {added}, yn newid {changed} ac yn dileu {deleted} cofnod.</translation>
    </message>
    <message>
        <source>{count} of them only because of your choices (what depends on a record kept or deleted goes with it).</source>
        <translation>{count} ohonynt dim ond oherwydd eich dewisiadau (mae&apos;r hyn sy&apos;n dibynnu ar gofnod a gadwyd neu a ddilëwyd yn mynd gydag ef).</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Nothing to import: this database already has everything in the bundle.</source>
        <translation>Dim i&apos;w fewnforio: mae gan y gronfa ddata hon bopeth yn y bwndel eisoes.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {changed} changed, {deleted} deleted; {resolved} conflict(s) settled.</source>
        <translation>Mewnforiwyd: {added} wedi&apos;u hychwanegu, {changed} wedi&apos;u newid, {deleted} wedi&apos;u dileu; datryswyd {resolved} gwrthdaro.</translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Chwilio (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds words in the purpose, location, rep&apos;s name, notes and case reference</source>
        <translation>Yn chwilio am eiriau yn y diben, y lleoliad, enw&apos;r cynrychiolydd, y nodiadau a&apos;r cyfeirnod achos</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Chwilio&apos;r cofnod</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Pob blwyddyn</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Pob cynrychiolydd</translation>
    </message>
    <message>
        <source>{name} (ended)</source>
        <translation>{name} (wedi gorffen)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Pob rôl</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Pob categori</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>{name} (unpaid)</source>
        <translation>{name} (di-dâl)</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Time-off entries</source>
        <translation>Cofnodion amser i ffwrdd</translation>
    </message>
    <message>
        <source>One row for each entry; the one chosen is shown in full beside the list</source>
        <translation>Un rhes i bob cofnod; dangosir yr un a ddewiswyd yn llawn wrth ochr y rhestr</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
    <message>
        <source>Log time off (Ctrl+N)</source>
        <translation>Cofnodi amser i ffwrdd (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete; Ctrl+Z puts it back)</source>
        <translation>Dileu&apos;r cofnod a ddewiswyd (Delete; mae Ctrl+Z yn ei roi&apos;n ôl)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wrthi&apos;n chwilio…</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} cofnod</translation>
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z puts it back.</source>
        <translation>Dilëwyd y cofnod. Mae Ctrl+Z yn ei roi&apos;n ôl.</translation>
    </message>
    <message>
        <source>Open a dispute…</source>
        <translation>Agor anghydfod…</translation>
    </message>
    <message>
        <source>Show the dispute</source>
        <translation>Dangos yr anghydfod</translation>
    </message>
    <message>
        <source>Dispute opened: see Disputes (Ctrl+5). Ctrl+Z takes it back.</source>
        <translation>Agorwyd anghydfod: gweler Anghydfodau (Ctrl+5). Mae Ctrl+Z yn ei dynnu&apos;n ôl.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Reps &amp;&amp; roles</source>
        <translation>Cynrychiolwyr a rolau</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Anghydfodau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>Methu dadwneud nac ailwneud</translation>
    </message>
    <message>
        <source>unionrep</source>
        <translation>unionrep</translation>
    </message>
    <message>
        <source>unionrep — demo branch (not your data)</source>
        <translation>unionrep — cangen enghreifftiol (nid eich data chi)</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Bar statws</translation>
    </message>
    <message>
        <source>Messages about what was just done</source>
        <translation>Negeseuon am yr hyn a wnaed newydd</translation>
    </message>
    <message>
        <source>Demo branch in a temporary folder: nothing here is saved for later</source>
        <translation>Cangen enghreifftiol mewn ffolder dros dro: ni chedwir dim o hyn</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Data: {path}</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Golygfeydd</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+6 go to each view</source>
        <translation>Mae Ctrl+1 i Ctrl+6 yn mynd i bob golwg</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>Cofnod &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Di&amp;leu</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Chwilio…</translation>
    </message>
    <message>
        <source>unionrep &amp;guide</source>
        <translation>&amp;Canllaw unionrep</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;About unionrep</source>
        <translation>&amp;Ynghylch unionrep</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Agor y ffolder &amp;data</translation>
    </message>
    <message>
        <source>&amp;Send my log to the branch…</source>
        <translation>Anf&amp;on fy nghofnod i&apos;r gangen…</translation>
    </message>
    <message>
        <source>&amp;Import from a steward…</source>
        <translation>&amp;Mewnforio gan stiward…</translation>
    </message>
    <message>
        <source>E&amp;xport the log (CSV)…</source>
        <translation>Allf&amp;orio&apos;r log (CSV)…</translation>
    </message>
    <message>
        <source>The entries the Log shows, as its filters leave them</source>
        <translation>Y cofnodion y mae&apos;r Log yn eu dangos, fel y mae ei hidlwyr yn eu gadael</translation>
    </message>
    <message>
        <source>Export the &amp;calendar (.ics)…</source>
        <translation>Allforio&apos;r &amp;calendr (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Gwneud &amp;copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>Gweithre&amp;doedd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Gweithredoedd</translation>
    </message>
    <message>
        <source>(none in this view)</source>
        <translation>(dim yn y golwg hon)</translation>
    </message>
    <message>
        <source>Urgent: {text}</source>
        <translation>Brys: {text}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>{path} is encrypted. Type its passphrase to open it.</source>
        <translation>Mae {path} wedi&apos;i hamgryptio. Teipiwch y cyfrinymadrodd i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt {path} (at least 8 characters). Keep it safe: without it the data cannot be read.</source>
        <translation>Dewiswch gyfrinymadrodd i amgryptio {path} (o leiaf 8 nod). Cadwch ef yn ddiogel: hebddo ni ellir darllen y data.</translation>
    </message>
    <message>
        <source>Leave it empty to let the system keyring keep a generated key.</source>
        <translation>Gadewch ef yn wag i gylch allweddi&apos;r system gadw allwedd a gynhyrchwyd.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Tudalen {number} o {count}</translation>
    </message>
    <message>
        <source>{count} more pages: open the document in the viewer to read them.</source>
        <translation>{count} tudalen arall: agorwch y ddogfen yn y gwyliwr i&apos;w darllen.</translation>
    </message>
    <message>
        <source>The document&apos;s pages</source>
        <translation>Tudalennau&apos;r ddogfen</translation>
    </message>
    <message>
        <source>The document&apos;s text</source>
        <translation>Testun y ddogfen</translation>
    </message>
    <message>
        <source>What the pages say, page by page, in reading order</source>
        <translation>Yr hyn a ddywed y tudalennau, fesul tudalen, yn nhrefn darllen</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Y ddogfen</translation>
    </message>
    <message>
        <source>Pa&amp;ges</source>
        <translation>&amp;Tudalennau</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;stun</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} tudalen</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 dudalen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Cadw…</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Agor yn y gwyliwr</translation>
    </message>
    <message>
        <source>A copy opens in the system&apos;s PDF viewer, to print it or read it larger; save it here to keep it</source>
        <translation>Mae copi&apos;n agor yng ngwyliwr PDF y system, i&apos;w argraffu neu i&apos;w ddarllen yn fwy; cadwch ef yma i&apos;w gadw</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>These pages, through the system&apos;s print dialog</source>
        <translation>Y tudalennau hyn, drwy ddeialog argraffu&apos;r system</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>the printer could not be started</source>
        <translation>nid oedd modd cychwyn yr argraffydd</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Argraffu {title}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Heb ei argraffu</translation>
    </message>
    <message>
        <source>Sent {title} to the printer ({pages} pages)</source>
        <translation>Anfonwyd {title} i&apos;r argraffydd ({pages} tudalen)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Making the pages to print…</source>
        <translation>Yn gwneud y tudalennau i&apos;w hargraffu…</translation>
    </message>
</context>
<context>
    <name>ProFormaGaps</name>
    <message>
        <source>Before the Pro Forma is made</source>
        <translation>Cyn gwneud y Pro Fforma</translation>
    </message>
    <message>
        <source>These would print as &quot;Not stated&quot;. Fill in what you know: it is kept for every Pro Forma after this one. Anything left empty stays &quot;Not stated&quot;.</source>
        <translation>Byddai&apos;r rhain yn cael eu hargraffu fel &quot;Heb ei nodi&quot;. Llenwch yr hyn a wyddoch: caiff ei gadw ar gyfer pob Pro Fforma ar ôl hwn. Bydd unrhyw beth a adewir yn wag yn aros yn &quot;Heb ei nodi&quot;.</translation>
    </message>
    <message>
        <source>&amp;Make the Pro Forma</source>
        <translation>&amp;Gwneud y Pro Fforma</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Edit entry</source>
        <translation>Golygu cofnod</translation>
    </message>
    <message>
        <source>Log time off</source>
        <translation>Cofnodi amser i ffwrdd</translation>
    </message>
    <message>
        <source>Allow an o&amp;verlap</source>
        <translation>Caniatáu g&amp;orgyffwrdd</translation>
    </message>
    <message>
        <source>Allow an overlap</source>
        <translation>Caniatáu gorgyffwrdd</translation>
    </message>
    <message>
        <source>Log it even if it overlaps or repeats another entry of the rep&apos;s that day</source>
        <translation>Ei gofnodi hyd yn oed os yw&apos;n gorgyffwrdd â chofnod arall y cynrychiolydd y diwrnod hwnnw neu&apos;n ei ailadrodd</translation>
    </message>
    <message>
        <source>Log it even if its times overlap, or it repeats, another entry of the rep&apos;s that day: both are meant</source>
        <translation>Ei gofnodi hyd yn oed os yw ei amseroedd yn gorgyffwrdd â chofnod arall y cynrychiolydd y diwrnod hwnnw, neu&apos;n ei ailadrodd: mae&apos;r ddau yn fwriadol</translation>
    </message>
    <message>
        <source>choose a rep (add one under Reps &amp; roles)</source>
        <translation>dewiswch gynrychiolydd (ychwanegwch un o dan Cynrychiolwyr a rolau)</translation>
    </message>
    <message>
        <source>choose a role</source>
        <translation>dewiswch rôl</translation>
    </message>
    <message>
        <source>give both the start and the end, or just the hours</source>
        <translation>rhowch yr amser dechrau a&apos;r amser gorffen, neu&apos;r oriau yn unig</translation>
    </message>
    <message>
        <source>give the hours (like 2.5 or 2:30), or a start and end</source>
        <translation>rhowch yr oriau (fel 2.5 neu 2:30), neu amser dechrau a gorffen</translation>
    </message>
    <message>
        <source>Fill in the entry to see what it does to the allowance.</source>
        <translation>Llenwch y cofnod i weld beth mae&apos;n ei wneud i&apos;r lwfans.</translation>
    </message>
    <message>
        <source>{used} {unit} used, {pending} {unit} pending</source>
        <translation>{used} {unit} wedi&apos;u defnyddio, {pending} {unit} yn aros</translation>
    </message>
    <message>
        <source>now {now}; after this entry {then} (no cap set)</source>
        <translation>nawr {now}; ar ôl y cofnod hwn {then} (dim cap wedi&apos;i osod)</translation>
    </message>
    <message>
        <source>now {now} of {cap} {unit}; after this entry {then}</source>
        <translation>nawr {now} o {cap} {unit}; ar ôl y cofnod hwn {then}</translation>
    </message>
    <message>
        <source> — over by {over} {unit}</source>
        <translation> — {over} {unit} dros y lwfans</translation>
    </message>
    <message>
        <source> ({left} {unit} left)</source>
        <translation> ({left} {unit} ar ôl)</translation>
    </message>
    <message>
        <source>This entry does not count against any allowance.</source>
        <translation>Nid yw&apos;r cofnod hwn yn cyfrif yn erbyn unrhyw lwfans.</translation>
    </message>
    <message>
        <source>No allowance applies.</source>
        <translation>Nid oes lwfans yn berthnasol.</translation>
    </message>
    <message>
        <source>Saved {hours} h for {date}.</source>
        <translation>Cadwyd {hours} awr ar gyfer {date}.</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Log time off</source>
        <translation>Cofnodi amser i ffwrdd</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Cynrychiolydd:</translation>
    </message>
    <message>
        <source>The rep who takes the time</source>
        <translation>Y cynrychiolydd sy&apos;n cymryd yr amser</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>The role the time is taken in: its allowance is the one charged</source>
        <translation>Y rôl y cymerir yr amser ynddi: ei lwfans hi a godir</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>The day the time is taken, as year-month-day</source>
        <translation>Y diwrnod y cymerir yr amser, fel blwyddyn-mis-diwrnod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Oriau:</translation>
    </message>
    <message>
        <source>Hours like 2.5 or 2:30; or give a start and an end time instead</source>
        <translation>Oriau fel 2.5 neu 2:30; neu rhowch amser dechrau a gorffen yn lle hynny</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>2.5 or 2:30</source>
        <translation>2.5 neu 2:30</translation>
    </message>
    <message>
        <source>or &amp;from</source>
        <translation>neu &amp;o</translation>
    </message>
    <message>
        <source>On the 24-hour clock, like 09:00</source>
        <translation>Ar y cloc 24 awr, fel 09:00</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <source>09:00</source>
        <translation>09:00</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;i</translation>
    </message>
    <message>
        <source>On the 24-hour clock, like 12:30</source>
        <translation>Ar y cloc 24 awr, fel 12:30</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Amser gorffen</translation>
    </message>
    <message>
        <source>12:30</source>
        <translation>12:30</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>C&amp;ategori:</translation>
    </message>
    <message>
        <source>What the time is for</source>
        <translation>Ar gyfer beth mae&apos;r amser</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Taken already, or a request and how far it has got</source>
        <translation>Wedi&apos;i gymryd eisoes, neu gais a pha mor bell y mae wedi mynd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Di&amp;ben:</translation>
    </message>
    <message>
        <source>What the time is for, in a few words: it goes on the Pro Forma</source>
        <translation>Ar gyfer beth mae&apos;r amser, mewn ychydig eiriau: mae&apos;n mynd ar y Pro Forma</translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation>Diben cyffredinol</translation>
    </message>
    <message>
        <source>General purpose, e.g. grievance hearing for a member</source>
        <translation>Diben cyffredinol, e.e. gwrandawiad cwyn i aelod</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>Where: it goes on the Pro Forma</source>
        <translation>Ble: mae&apos;n mynd ar y Pro Forma</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Rhybudd wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Tick when notice was given, then give its date</source>
        <translation>Ticiwch pan roddwyd rhybudd, yna rhowch ei ddyddiad</translation>
    </message>
    <message>
        <source>&amp;Notice given on:</source>
        <translation>Rhy&amp;budd wedi&apos;i roi ar:</translation>
    </message>
    <message>
        <source>The day management were told</source>
        <translation>Y diwrnod y dywedwyd wrth y rheolwyr</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>Rhybudd wedi&apos;i roi ar</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Â thâl</translation>
    </message>
    <message>
        <source>Paid time off, rather than unpaid</source>
        <translation>Amser i ffwrdd â thâl, nid heb dâl</translation>
    </message>
    <message>
        <source>P&amp;aid</source>
        <translation>Â &amp;thâl</translation>
    </message>
    <message>
        <source>A conference</source>
        <translation>Cynhadledd</translation>
    </message>
    <message>
        <source>A union conference: three weeks&apos; notice is asked for (clause 12.5)</source>
        <translation>Cynhadledd undeb: gofynnir am rybudd o dair wythnos (cymal 12.5)</translation>
    </message>
    <message>
        <source>A con&amp;ference (3 weeks&apos; notice)</source>
        <translation>Cy&amp;nhadledd (rhybudd o 3 wythnos)</translation>
    </message>
    <message>
        <source>What this does to the allowance</source>
        <translation>Beth mae hyn yn ei wneud i&apos;r lwfans</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} am {time}</translation>
    </message>
    <message>
        <source>unionrep — recover your data</source>
        <translation>unionrep — adfer eich data</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Mae&apos;r gronfa ddata wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>The passphrase does not open the database</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yn agor y gronfa ddata</translation>
    </message>
    <message>
        <source>What was found: {detail}</source>
        <translation>Beth a ganfuwyd: {detail}</translation>
    </message>
    <message>
        <source>The passphrase came from {variable}: correct it there, or unset it to be asked for the passphrase.</source>
        <translation>Daeth y cyfrinymadrodd o {variable}: cywirwch ef yno, neu dadosodwch ef i gael eich holi am y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>{path} is encrypted, and the passphrase given does not open it. Nothing has been changed. Try again and type the passphrase carefully; if you are sure it is right, the file may be damaged, and a backup can take its place.</source>
        <translation>Mae {path} wedi&apos;i hamgryptio, ac nid yw&apos;r cyfrinymadrodd a roddwyd yn ei hagor. Nid oes dim wedi newid. Rhowch gynnig arall arni a theipiwch y cyfrinymadrodd yn ofalus; os ydych yn siŵr ei fod yn gywir, efallai fod y ffeil wedi&apos;i difrodi, a gall copi wrth gefn gymryd ei lle.</translation>
    </message>
    <message>
        <source>Part of {path} cannot be read, so unionrep will not work on it: that could lose more. This can happen after a crash, a full disk or a failing drive. Nothing has been changed.</source>
        <translation>Ni ellir darllen rhan o {path}, felly ni fydd unionrep yn gweithio arni: gallai hynny golli rhagor. Gall hyn ddigwydd ar ôl chwalfa, disg lawn neu yriant sy&apos;n methu. Nid oes dim wedi newid.</translation>
    </message>
    <message>
        <source>Recovering keeps the damaged file, untouched, beside the recovered one (named {name}.damaged-…), so that it can still be rescued.</source>
        <translation>Wrth adfer, cedwir y ffeil a ddifrodwyd, heb ei chyffwrdd, wrth ochr yr un a adferwyd (o&apos;r enw {name}.damaged-…), fel y gellir ei hachub o hyd.</translation>
    </message>
    <message>
        <source>No good backup of it was found in {folder}. Choose a backup file if you have one elsewhere, or quit: the file stays as it is.</source>
        <translation>Ni chanfuwyd copi wrth gefn da ohoni yn {folder}. Dewiswch ffeil copi wrth gefn os oes gennych un mewn man arall, neu gadewch: mae&apos;r ffeil yn aros fel y mae.</translation>
    </message>
    <message>
        <source>The newest good backup was made on {when}: {file}. Anything recorded after then will need entering again.</source>
        <translation>Gwnaed y copi wrth gefn da diweddaraf ar {when}: {file}. Bydd angen rhoi unrhyw beth a gofnodwyd ar ôl hynny i mewn eto.</translation>
    </message>
    <message>
        <source>Recover from &amp;another backup…</source>
        <translation>Adfer o gopi wrth gefn &amp;arall…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Try the passphrase again</source>
        <translation>&amp;Rhoi cynnig arall ar y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Recover from this backup</source>
        <translation>&amp;Adfer o&apos;r copi wrth gefn hwn</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Dewis copi wrth gefn</translation>
    </message>
    <message>
        <source>unionrep backups (*.db);;All files (*)</source>
        <translation>Copïau wrth gefn unionrep (*.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>That is the damaged database itself; choose a backup.</source>
        <translation>Dyna&apos;r gronfa ddata a ddifrodwyd ei hun; dewiswch gopi wrth gefn.</translation>
    </message>
    <message>
        <source>Recovering from the backup…</source>
        <translation>Wrthi&apos;n adfer o&apos;r copi wrth gefn…</translation>
    </message>
    <message>
        <source>Could not recover: {message}</source>
        <translation>Methu adfer: {message}</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>{name}&apos;s request for {hours} h on {date} was refused.</source>
        <translation>Gwrthodwyd cais {name} am {hours} awr ar {date}.</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>Agor anghydfod</translation>
    </message>
    <message>
        <source>Record the refusal as it happened to open a dispute: the tribunal deadline is worked out from the refusal date.</source>
        <translation>Cofnodwch y gwrthod fel y digwyddodd i agor anghydfod: cyfrifir terfyn amser y tribiwnlys o ddyddiad y gwrthod.</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Agor anghydfod</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Cofnodi gwrthod</translation>
    </message>
    <message>
        <source>No reasons yet: clause 21.2 says the manager must explain them. Leave this empty only if none were given — that will be flagged.</source>
        <translation>Dim rhesymau eto: mae cymal 21.2 yn dweud bod rhaid i&apos;r rheolwr eu hegluro. Gadewch hwn yn wag dim ond os na roddwyd rhai — bydd hynny&apos;n cael ei nodi.</translation>
    </message>
    <message>
        <source>Record refusal and open a dispute</source>
        <translation>Cofnodi&apos;r gwrthod ac agor anghydfod</translation>
    </message>
    <message>
        <source>Refused on {date}</source>
        <translation>Gwrthodwyd ar {date}</translation>
    </message>
    <message>
        <source> by {name}</source>
        <translation> gan {name}</translation>
    </message>
    <message>
        <source>no reasons given</source>
        <translation>ni roddwyd rhesymau</translation>
    </message>
    <message>
        <source>; alternative offered: {text}</source>
        <translation>; dewis arall a gynigiwyd: {text}</translation>
    </message>
    <message>
        <source>Record a refusal</source>
        <translation>Cofnodi gwrthod</translation>
    </message>
    <message>
        <source>Refused &amp;on:</source>
        <translation>Gwrthodwyd &amp;ar:</translation>
    </message>
    <message>
        <source>Refused on</source>
        <translation>Gwrthodwyd ar</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Refused &amp;by:</source>
        <translation>Gwrthodwyd &amp;gan:</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>Gwrthodwyd gan</translation>
    </message>
    <message>
        <source>&amp;Reasons given:</source>
        <translation>&amp;Rhesymau a roddwyd:</translation>
    </message>
    <message>
        <source>Reasons given for the refusal</source>
        <translation>Y rhesymau a roddwyd dros wrthod</translation>
    </message>
    <message>
        <source>The reasons the manager gave in writing (clause 21.2)</source>
        <translation>Y rhesymau a roddodd y rheolwr yn ysgrifenedig (cymal 21.2)</translation>
    </message>
    <message>
        <source>&amp;Alternative offered:</source>
        <translation>&amp;Dewis arall a gynigiwyd:</translation>
    </message>
    <message>
        <source>Alternative time offered</source>
        <translation>Amser arall a gynigiwyd</translation>
    </message>
    <message>
        <source>Any other time offered instead, or leave empty</source>
        <translation>Unrhyw amser arall a gynigiwyd yn lle, neu gadewch yn wag</translation>
    </message>
    <message>
        <source>Open a &amp;dispute (the tribunal deadline is worked out from the refusal date)</source>
        <translation>Agor &amp;anghydfod (cyfrifir terfyn amser y tribiwnlys o ddyddiad y gwrthod)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>unionrep cannot open {path}: its folder cannot be made ({reason}).</source>
        <translation>Ni all unionrep agor {path}: ni ellir creu ei ffolder ({reason}).</translation>
    </message>
    <message>
        <source>{path} is already open in another unionrep window (process {pid}). Only one window at a time may work on a database: switch to that window, or close it and start unionrep again.</source>
        <translation>Mae {path} eisoes ar agor mewn ffenestr unionrep arall (proses {pid}). Dim ond un ffenestr ar y tro gaiff weithio ar gronfa ddata: ewch i&apos;r ffenestr honno, neu caewch hi a dechrau unionrep eto.</translation>
    </message>
    <message>
        <source>unionrep cannot open {path}: the lock file {lock} cannot be made there. Check that the folder is yours and can be written.</source>
        <translation>Ni all unionrep agor {path}: ni ellir creu&apos;r ffeil glo {lock} yno. Gwiriwch mai chi biau&apos;r ffolder ac y gellir ysgrifennu ynddi.</translation>
    </message>
    <message>
        <source>the file no longer begins as a database does</source>
        <translation>nid yw&apos;r ffeil bellach yn dechrau fel y mae cronfa ddata&apos;n dechrau</translation>
    </message>
    <message>
        <source>Recovered {path} from a backup; the damaged file is kept, untouched, as {aside}.</source>
        <translation>Adferwyd {path} o gopi wrth gefn; mae&apos;r ffeil a ddifrodwyd wedi&apos;i chadw, heb ei chyffwrdd, fel {aside}.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Gwnaed copi wrth gefn yn {path}</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {message}</source>
        <translation>Nid oedd modd gwneud y copi wrth gefn awtomatig: {message}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Your data is saved, but the backup on closing could not be made: {message}</source>
        <translation>Mae eich data wedi&apos;i gadw, ond nid oedd modd gwneud y copi wrth gefn wrth gau: {message}</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Adferwyd</translation>
    </message>
</context>
<context>
    <name>RepActions</name>
    <message>
        <source>{text!r} is not a number</source>
        <translation>nid yw {text!r} yn rhif</translation>
    </message>
    <message>
        <source>Reinstate rep</source>
        <translation>Adfer y cynrychiolydd</translation>
    </message>
    <message>
        <source>End rep</source>
        <translation>Diwedd cyfnod y cynrychiolydd</translation>
    </message>
    <message>
        <source>End {name} as a rep</source>
        <translation>Diwedd cyfnod {name} fel cynrychiolydd</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Daeth i ben ar:</translation>
    </message>
    <message>
        <source>The rep&apos;s records stay; they no longer appear on the dashboard. Roles still open can be ended on the Roles tab.</source>
        <translation>Mae cofnodion y cynrychiolydd yn aros; nid ydynt yn ymddangos ar y dangosfwrdd mwyach. Gellir dod â rolau sy&apos;n dal ar agor i ben ar y tab Rolau.</translation>
    </message>
    <message>
        <source>Assign a role to {name}</source>
        <translation>Neilltuo rôl i {name}</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>&amp;Hysbyswyd ar:</translation>
    </message>
    <message>
        <source>The day the union told the employer in writing (clauses 4.1–4.2)</source>
        <translation>Y diwrnod y rhoddodd yr undeb wybod i&apos;r cyflogwr yn ysgrifenedig (cymalau 4.1–4.2)</translation>
    </message>
    <message>
        <source>&amp;Secondment %:</source>
        <translation>&amp;Secondiad %:</translation>
    </message>
    <message>
        <source>branch secretary only, e.g. 50</source>
        <translation>ysgrifennydd cangen yn unig, e.e. 50</translation>
    </message>
    <message>
        <source>{name} holds no open role to end.</source>
        <translation>Nid oes gan {name} rôl agored i ddod â hi i ben.</translation>
    </message>
    <message>
        <source>End role</source>
        <translation>Dod â rôl i ben</translation>
    </message>
    <message>
        <source>End a role of {name}</source>
        <translation>Dod ag un o rolau {name} i ben</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Diwrnod olaf:</translation>
    </message>
    <message>
        <source>Choose the role to edit in the list first.</source>
        <translation>Dewiswch y rôl i&apos;w golygu yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Golygu rôl</translation>
    </message>
    <message>
        <source>{role} held by {name}</source>
        <translation>{role} a ddelir gan {name}</translation>
    </message>
    <message>
        <source>Choose the extension to edit in the list first.</source>
        <translation>Dewiswch yr estyniad i&apos;w olygu yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Edit extension</source>
        <translation>Golygu estyniad</translation>
    </message>
    <message>
        <source>Extension {case} for {name}</source>
        <translation>Estyniad {case} i {name}</translation>
    </message>
    <message>
        <source>Extra &amp;hours:</source>
        <translation>&amp;Oriau ychwanegol:</translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>Cytunwyd &amp;ar:</translation>
    </message>
    <message>
        <source>Agreed &amp;by:</source>
        <translation>Cytunwyd &amp;gan:</translation>
    </message>
    <message>
        <source>&amp;Next review on:</source>
        <translation>Yr adolygiad &amp;nesaf ar:</translation>
    </message>
    <message>
        <source>&amp;Reviewed today ({day})</source>
        <translation>Adolygwyd &amp;heddiw ({day})</translation>
    </message>
    <message>
        <source>Records the review and sets the next one: the review flag clears</source>
        <translation>Yn cofnodi&apos;r adolygiad ac yn gosod yr un nesaf: mae&apos;r rhybudd adolygu&apos;n diflannu</translation>
    </message>
    <message>
        <source>Hours above the allowance agreed at the start of a detailed project or a complex case, reviewed regularly (clauses 11.1–11.2).</source>
        <translation>Oriau uwchlaw&apos;r lwfans a gytunwyd ar ddechrau prosiect manwl neu achos cymhleth, a adolygir yn rheolaidd (cymalau 11.1–11.2).</translation>
    </message>
    <message>
        <source>assign a role first</source>
        <translation>neilltuwch rôl yn gyntaf</translation>
    </message>
    <message>
        <source>Extension for {name}</source>
        <translation>Estyniad i {name}</translation>
    </message>
    <message>
        <source>&amp;Case reference:</source>
        <translation>&amp;Cyfeirnod achos:</translation>
    </message>
    <message>
        <source>e.g. EQ-PAY-2025</source>
        <translation>e.e. EQ-PAY-2025</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>A&amp;dolygu ar:</translation>
    </message>
    <message>
        <source>Hours above the allowance agreed at the start of a detailed project or a complex case (clauses 11.1–11.2).</source>
        <translation>Oriau uwchlaw&apos;r lwfans a gytunwyd ar ddechrau prosiect manwl neu achos cymhleth (cymalau 11.1–11.2).</translation>
    </message>
    <message>
        <source>Time off in lieu for {name}</source>
        <translation>Amser i ffwrdd yn lle i {name}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Wedi&apos;i ennill</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Wedi&apos;i gymryd</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Oriau:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>e.g. the consultative meeting ran past 5pm</source>
        <translation>e.e. aeth y cyfarfod ymgynghorol ymlaen wedi 5pm</translation>
    </message>
    <message>
        <source>A management meeting that runs past normal finish, or is held on a day off, earns the same time back (clauses 14.3–14.4).</source>
        <translation>Mae cyfarfod rheoli sy&apos;n mynd ymlaen wedi&apos;r amser gorffen arferol, neu a gynhelir ar ddiwrnod i ffwrdd, yn ennill yr un amser yn ôl (cymalau 14.3–14.4).</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Golygu {name}</translation>
    </message>
    <message>
        <source>Add a rep</source>
        <translation>Ychwanegu cynrychiolydd</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>NJC spinal column point</source>
        <translation>Pwynt ar golofn gyflog yr NJC</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Cyfradd yr awr</translation>
    </message>
    <message>
        <source>New hours &amp;from</source>
        <translation>Oriau newydd &amp;o</translation>
    </message>
    <message>
        <source>New weekly hours from</source>
        <translation>Oriau wythnosol newydd o</translation>
    </message>
    <message>
        <source>The day a change of weekly hours starts: earlier days keep the hours they had</source>
        <translation>Y diwrnod y mae newid i&apos;r oriau wythnosol yn dechrau: mae diwrnodau cynharach yn cadw&apos;r oriau oedd ganddynt</translation>
    </message>
    <message>
        <source>The hourly rate of spinal column point {scp} ({pay}): set by the point chosen</source>
        <translation>Cyfradd yr awr pwynt {scp} ar y golofn gyflog ({pay}): wedi&apos;i phennu gan y pwynt a ddewiswyd</translation>
    </message>
    <message>
        <source>e.g. 17.06</source>
        <translation>e.e. 17.06</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <source>The rep</source>
        <translation>Y cynrychiolydd</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>&amp;Employee number:</source>
        <translation>&amp;Rhif cyflogai:</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Rhif cyflogai</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Swydd:</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Swydd</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Adran:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Gweithle:</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Gweithle</translation>
    </message>
    <message>
        <source>&amp;Union:</source>
        <translation>&amp;Undeb:</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Undeb</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Hours, year and pay</source>
        <translation>Oriau, blwyddyn a chyflog</translation>
    </message>
    <message>
        <source>&amp;Weekly hours:</source>
        <translation>Oriau&apos;r &amp;wythnos:</translation>
    </message>
    <message>
        <source>Contracted weekly hours</source>
        <translation>Oriau contract yr wythnos</translation>
    </message>
    <message>
        <source>&amp;Full-time hours:</source>
        <translation>Oriau &amp;llawn amser:</translation>
    </message>
    <message>
        <source>Full-time weekly hours</source>
        <translation>Oriau llawn amser yr wythnos</translation>
    </message>
    <message>
        <source>S&amp;chool-based (the year follows the academic year)</source>
        <translation>Mewn &amp;ysgol (mae&apos;r flwyddyn yn dilyn y flwyddyn academaidd)</translation>
    </message>
    <message>
        <source>Academic year &amp;starts (MM-DD):</source>
        <translation>Y flwyddyn academaidd yn &amp;dechrau (MM-DD):</translation>
    </message>
    <message>
        <source>Academic year starts</source>
        <translation>Y flwyddyn academaidd yn dechrau</translation>
    </message>
    <message>
        <source>09-01</source>
        <translation>09-01</translation>
    </message>
    <message>
        <source>&amp;Pay:</source>
        <translation>&amp;Cyflog:</translation>
    </message>
    <message>
        <source>How pay is known</source>
        <translation>Sut mae&apos;r cyflog yn hysbys</translation>
    </message>
    <message>
        <source>Spinal column &amp;point:</source>
        <translation>&amp;Pwynt ar y golofn gyflog:</translation>
    </message>
    <message>
        <source>Spinal column point</source>
        <translation>Pwynt ar y golofn gyflog</translation>
    </message>
    <message>
        <source>Hourly &amp;rate (£):</source>
        <translation>Cyfradd yr &amp;awr (£):</translation>
    </message>
    <message>
        <source>Hourly rate in pounds</source>
        <translation>Cyfradd yr awr mewn punnoedd</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Mana&amp;ger:</source>
        <translation>&amp;Rheolwr:</translation>
    </message>
    <message>
        <source>Manager&apos;s e-ma&amp;il:</source>
        <translation>E-bost y rh&amp;eolwr:</translation>
    </message>
    <message>
        <source>Manager&apos;s e-mail</source>
        <translation>E-bost y rheolwr</translation>
    </message>
    <message>
        <source>Head of &amp;Service:</source>
        <translation>Pennaeth &amp;Gwasanaeth:</translation>
    </message>
    <message>
        <source>Head of Service</source>
        <translation>Pennaeth Gwasanaeth</translation>
    </message>
    <message>
        <source>Head of Service&apos;s e-mai&amp;l:</source>
        <translation>E-bost y Pennaeth G&amp;wasanaeth:</translation>
    </message>
    <message>
        <source>Head of Service&apos;s e-mail</source>
        <translation>E-bost y Pennaeth Gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RepPage</name>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>End rep…</source>
        <translation>Diwedd y cyfnod…</translation>
    </message>
    <message>
        <source>The rep&apos;s records</source>
        <translation>Cofnodion y cynrychiolydd</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>&amp;Lwfansau</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;olau</translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation>&amp;Estyniadau</translation>
    </message>
    <message>
        <source>&amp;TOIL</source>
        <translation>&amp;Amser i ffwrdd yn lle</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Hanes y newidiadau</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>Choose a rep on the left, or add one.</source>
        <translation>Dewiswch gynrychiolydd ar y chwith, neu ychwanegwch un.</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>Y flwyddyn a ddangosir</translation>
    </message>
    <message>
        <source>The rep&apos;s allowances this year</source>
        <translation>Lwfansau&apos;r cynrychiolydd eleni</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Notified to the employer</source>
        <translation>Hysbyswyd y cyflogwr</translation>
    </message>
    <message>
        <source>Secondment</source>
        <translation>Secondiad</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>Rolau a ddelir</translation>
    </message>
    <message>
        <source>Assign role…</source>
        <translation>Neilltuo rôl…</translation>
    </message>
    <message>
        <source>End role…</source>
        <translation>Dod â rôl i ben…</translation>
    </message>
    <message>
        <source>Edit role…</source>
        <translation>Golygu rôl…</translation>
    </message>
    <message>
        <source>Correct the dates, the day the employer was told or the secondment (Enter or a double click does the same)</source>
        <translation>Cywiro&apos;r dyddiadau, y diwrnod yr hysbyswyd y cyflogwr neu&apos;r secondiad (mae Enter neu glicio ddwywaith yn gwneud yr un peth)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Extra hours</source>
        <translation>Oriau ychwanegol</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Cytunwyd ar</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Cytunwyd gan</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Adolygu ar</translation>
    </message>
    <message>
        <source>Extensions agreed (clauses 11.1–11.2)</source>
        <translation>Estyniadau a gytunwyd (cymalau 11.1–11.2)</translation>
    </message>
    <message>
        <source>Add extension…</source>
        <translation>Ychwanegu estyniad…</translation>
    </message>
    <message>
        <source>Edit or review…</source>
        <translation>Golygu neu adolygu…</translation>
    </message>
    <message>
        <source>Change the hours or the agreement, set the next review, or record that it was reviewed today</source>
        <translation>Newid yr oriau neu&apos;r cytundeb, gosod yr adolygiad nesaf, neu gofnodi iddo gael ei adolygu heddiw</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Earned or taken</source>
        <translation>Wedi&apos;i ennill neu ei gymryd</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Time off in lieu</source>
        <translation>Amser i ffwrdd yn lle</translation>
    </message>
    <message>
        <source>Record TOIL…</source>
        <translation>Cofnodi amser i ffwrdd yn lle…</translation>
    </message>
    <message>
        <source>now</source>
        <translation>hyd heddiw</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>wedi&apos;i ennill</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>wedi&apos;i gymryd</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>TOIL earned {earned} h, taken {taken} h: {owed} h owed to {name}.</source>
        <translation>Amser i ffwrdd yn lle: {earned} awr wedi&apos;i ennill, {taken} awr wedi&apos;i gymryd; {owed} awr yn ddyledus i {name}.</translation>
    </message>
    <message>
        <source>Employee no. {no}</source>
        <translation>Rhif cyflogai {no}</translation>
    </message>
    <message>
        <source>full time, {hours} h a week</source>
        <translation>llawn amser, {hours} awr yr wythnos</translation>
    </message>
    <message>
        <source>part time, {hours} of {full} h a week</source>
        <translation>rhan amser, {hours} o {full} awr yr wythnos</translation>
    </message>
    <message>
        <source>school year from {start}</source>
        <translation>blwyddyn ysgol o {start}</translation>
    </message>
    <message>
        <source>year from 1 April</source>
        <translation>blwyddyn o 1 Ebrill</translation>
    </message>
    <message>
        <source>SCP {scp}, £{rate} an hour</source>
        <translation>pwynt {scp}, £{rate} yr awr</translation>
    </message>
    <message>
        <source>£{rate} an hour</source>
        <translation>£{rate} yr awr</translation>
    </message>
    <message>
        <source>manager {name}</source>
        <translation>rheolwr {name}</translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation>daeth i ben {date}</translation>
    </message>
    <message>
        <source>Weekly hours: {history}</source>
        <translation>Oriau&apos;r wythnos: {history}</translation>
    </message>
    <message>
        <source>{hours} h from the start</source>
        <translation>{hours} awr o&apos;r dechrau</translation>
    </message>
    <message>
        <source>{hours} h from {date}</source>
        <translation>{hours} awr o {date}</translation>
    </message>
    <message>
        <source>{label} (this year)</source>
        <translation>{label} (eleni)</translation>
    </message>
    <message>
        <source>Facility time this year costs {cost}.</source>
        <translation>Mae amser cyfleuster eleni yn costio {cost}.</translation>
    </message>
    <message>
        <source>The rep&apos;s details</source>
        <translation>Manylion y cynrychiolydd</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rôl: {role}</translation>
    </message>
    <message>
        <source>Extension {case}</source>
        <translation>Estyniad {case}</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Dim newidiadau wedi&apos;u cofnodi.</translation>
    </message>
</context>
<context>
    <name>RepsView</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Roles now</source>
        <translation>Rolau nawr</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Gweithle</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Cynrychiolwyr</translation>
    </message>
    <message>
        <source>Find a rep</source>
        <translation>Chwilio am gynrychiolydd</translation>
    </message>
    <message>
        <source>Shows only the reps whose names hold what you type</source>
        <translation>Yn dangos dim ond y cynrychiolwyr y mae eu henwau&apos;n cynnwys yr hyn a deipiwch</translation>
    </message>
    <message>
        <source>Show reps who have ended</source>
        <translation>Dangos cynrychiolwyr sydd wedi gorffen</translation>
    </message>
    <message>
        <source>Add rep…</source>
        <translation>Ychwanegu cynrychiolydd…</translation>
    </message>
    <message>
        <source>Year shown…</source>
        <translation>Y flwyddyn a ddangosir…</translation>
    </message>
    <message>
        <source>Reps &amp; roles</source>
        <translation>Cynrychiolwyr a rolau</translation>
    </message>
    <message>
        <source>{name} (ended)</source>
        <translation>{name} (wedi gorffen)</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gofynnwyd</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translation>Cynnwys drafftiau</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfon y cais</translation>
    </message>
    <message>
        <source>Mark the draft as requested (today is recorded as the notice date)</source>
        <translation>Nodi bod y cais wedi&apos;i wneud (cofnodir heddiw fel dyddiad y rhybudd)</translation>
    </message>
    <message>
        <source>Pro Forma…</source>
        <translation>Pro Fforma…</translation>
    </message>
    <message>
        <source>See the Pro Forma Request&apos;s pages, then save it as a PDF or open it in your viewer</source>
        <translation>Gweld tudalennau&apos;r Pro Fforma Cais, yna ei gadw fel PDF neu ei agor yn eich gwyliwr</translation>
    </message>
    <message>
        <source>Save the Pro Forma Request as a PDF and open it</source>
        <translation>Cadw&apos;r Pro Fforma Cais fel PDF a&apos;i agor</translation>
    </message>
    <message>
        <source>Language of the Pro Forma</source>
        <translation>Iaith y Pro Fforma</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>Dwyieithog</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>Cofnodi cymeradwyaeth</translation>
    </message>
    <message>
        <source>Record refusal…</source>
        <translation>Cofnodi gwrthod…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Language of the Pro Forma…</source>
        <translation>Iaith y Pro Fforma…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ddoe</translation>
    </message>
    <message>
        <source>{days} ago</source>
        <translation>{days} yn ôl</translation>
    </message>
    <message>
        <source>Refusal recorded and a dispute opened: see Disputes (Ctrl+5).</source>
        <translation>Cofnodwyd y gwrthod ac agorwyd anghydfod: gweler Anghydfodau (Ctrl+5).</translation>
    </message>
    <message>
        <source>Save the Pro Forma</source>
        <translation>Cadw&apos;r Pro Fforma</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the Pro Forma…</source>
        <translation>Wrthi&apos;n creu&apos;r Pro Fforma…</translation>
    </message>
    <message>
        <source>Pro Forma {reference}</source>
        <translation>Pro Fforma {reference}</translation>
    </message>
    <message>
        <source>Pro Forma saved to {path}</source>
        <translation>Cadwyd y Pro Fforma yn {path}</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Represent a member at a grievance hearing</source>
        <translation>Cynrychioli aelod mewn gwrandawiad cwyn</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Building the search index… {percent} %</source>
        <translation>Wrthi&apos;n adeiladu&apos;r mynegai chwilio… {percent} %</translation>
    </message>
    <message>
        <source>The search index is ready.</source>
        <translation>Mae&apos;r mynegai chwilio yn barod.</translation>
    </message>
    <message>
        <source>The search index could not be built: {message}. Searching still works, more slowly.</source>
        <translation>Nid oedd modd adeiladu&apos;r mynegai chwilio: {message}. Mae chwilio&apos;n dal i weithio, ond yn arafach.</translation>
    </message>
</context>
<context>
    <name>SettingsPolicy</name>
    <message>
        <source>Allowances</source>
        <translation>Lwfansau</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Lwfans</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <source>Pro rata</source>
        <translation>Pro rata</translation>
    </message>
    <message>
        <source>Part year</source>
        <translation>Rhan o&apos;r flwyddyn</translation>
    </message>
    <message>
        <source>Combined cap</source>
        <translation>Cap cyfunol</translation>
    </message>
    <message>
        <source>Leave empty for no amount (a secondment share, or none set yet)</source>
        <translation>Gadewch yn wag os nad oes swm (cyfran secondiad, neu heb ei osod eto)</translation>
    </message>
    <message>
        <source>Tribunal time limits</source>
        <translation>Terfynau amser y tribiwnlys</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Misoedd</translation>
    </message>
    <message>
        <source>For refusals from (YYYY-MM-DD)</source>
        <translation>Ar gyfer gwrthodiadau o (BBBB-MM-DD)</translation>
    </message>
    <message>
        <source>Add a limit</source>
        <translation>Ychwanegu terfyn</translation>
    </message>
    <message>
        <source>A new limit that applies to refusals from a later date</source>
        <translation>Terfyn newydd sy&apos;n berthnasol i wrthodiadau o ddyddiad diweddarach</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Allowances (hours, days or meetings a year)</source>
        <translation>Lwfansau (oriau, dyddiau neu gyfarfodydd y flwyddyn)</translation>
    </message>
    <message>
        <source>Employment Tribunal time limit</source>
        <translation>Terfyn amser y Tribiwnlys Cyflogaeth</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field, and can be undone with Ctrl+Z.</source>
        <translation>Caiff pob newid ei gadw cyn gynted ag y byddwch yn gadael y maes, a gellir ei ddadwneud gyda Ctrl+Z.</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Proffil polisi</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Cytundeb:</translation>
    </message>
    <message>
        <source>Organisation (English):</source>
        <translation>Sefydliad (Saesneg):</translation>
    </message>
    <message>
        <source>Organisation in English</source>
        <translation>Y sefydliad yn Saesneg</translation>
    </message>
    <message>
        <source>Organisation (Welsh):</source>
        <translation>Sefydliad (Cymraeg):</translation>
    </message>
    <message>
        <source>Organisation in Welsh</source>
        <translation>Y sefydliad yn Gymraeg</translation>
    </message>
    <message>
        <source>Years, caps and flags</source>
        <translation>Blynyddoedd, capiau a rhybuddion</translation>
    </message>
    <message>
        <source>Non-school staff year:</source>
        <translation>Blwyddyn staff heblaw ysgolion:</translation>
    </message>
    <message>
        <source>1 April – 31 March</source>
        <translation>1 Ebrill – 31 Mawrth</translation>
    </message>
    <message>
        <source>School year starts (MM-DD):</source>
        <translation>Y flwyddyn ysgol yn dechrau (MM-DD):</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>Y flwyddyn ysgol yn dechrau</translation>
    </message>
    <message>
        <source>School-based staff follow the academic year (clauses 6.5, 6.9)</source>
        <translation>Mae staff mewn ysgolion yn dilyn y flwyddyn academaidd (cymalau 6.5, 6.9)</translation>
    </message>
    <message>
        <source>Full-time week (hours):</source>
        <translation>Wythnos lawn amser (oriau):</translation>
    </message>
    <message>
        <source>Full-time week in hours</source>
        <translation>Wythnos lawn amser mewn oriau</translation>
    </message>
    <message>
        <source>Part-timers&apos; allowances are pro-rated against this (NJC Green Book: 37)</source>
        <translation>Cyfrifir lwfansau staff rhan amser pro rata yn erbyn hyn (Llyfr Gwyrdd yr NJC: 37)</translation>
    </message>
    <message>
        <source>Combined cap (hours):</source>
        <translation>Cap cyfunol (oriau):</translation>
    </message>
    <message>
        <source>Combined cap in hours</source>
        <translation>Cap cyfunol mewn oriau</translation>
    </message>
    <message>
        <source>A steward who also holds H&amp;S, learning or I&amp;C may not exceed this in total (8.1, 9.1, 10.3)</source>
        <translation>Ni chaiff stiward sydd hefyd yn gynrychiolydd iechyd a diogelwch, dysgu neu wybodaeth ac ymgynghori fynd dros y cyfanswm hwn (8.1, 9.1, 10.3)</translation>
    </message>
    <message>
        <source>Pro-rate the combined cap for part-timers</source>
        <translation>Cyfrifo&apos;r cap cyfunol pro rata ar gyfer staff rhan amser</translation>
    </message>
    <message>
        <source>Flag when within (% of a cap):</source>
        <translation>Rhybuddio o fewn (% o gap):</translation>
    </message>
    <message>
        <source>Near-cap warning percentage</source>
        <translation>Canran y rhybudd agos at gap</translation>
    </message>
    <message>
        <source>Conference notice (days):</source>
        <translation>Rhybudd cynhadledd (dyddiau):</translation>
    </message>
    <message>
        <source>Conference notice in days</source>
        <translation>Rhybudd cynhadledd mewn dyddiau</translation>
    </message>
    <message>
        <source>Clause 12.5: three weeks</source>
        <translation>Cymal 12.5: tair wythnos</translation>
    </message>
    <message>
        <source>Answer due after (working days):</source>
        <translation>Ateb yn ddyledus ar ôl (diwrnodau gwaith):</translation>
    </message>
    <message>
        <source>Working days for an answer</source>
        <translation>Diwrnodau gwaith i ateb</translation>
    </message>
    <message>
        <source>Management-arranged meetings count against the allowance</source>
        <translation>Mae cyfarfodydd a drefnir gan reolwyr yn cyfrif yn erbyn y lwfans</translation>
    </message>
    <message>
        <source>Clauses 6.6–6.7 read as not counting them (the default)</source>
        <translation>Darllenir cymalau 6.6–6.7 fel pe na baent yn eu cyfrif (y rhagosodiad)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Eich manylion</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Eich enw:</translation>
    </message>
    <message>
        <source>Your role in the union:</source>
        <translation>Eich rôl yn yr undeb:</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>Undeb:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Cangen:</translation>
    </message>
    <message>
        <source>Your e-mail:</source>
        <translation>Eich e-bost:</translation>
    </message>
    <message>
        <source>Your phone:</source>
        <translation>Eich ffôn:</translation>
    </message>
    <message>
        <source>What this database is</source>
        <translation>Beth yw&apos;r gronfa ddata hon</translation>
    </message>
    <message>
        <source>A steward&apos;s own log</source>
        <translation>Cofnod stiward ei hun</translation>
    </message>
    <message>
        <source>The branch&apos;s book (every rep)</source>
        <translation>Llyfr y gangen (pob cynrychiolydd)</translation>
    </message>
    <message>
        <source>This database is:</source>
        <translation>Y gronfa ddata hon yw:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The interface changes to it at once</source>
        <translation>Mae&apos;r rhyngwyneb yn newid iddi ar unwaith</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Iaith:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Ffolder data:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cronfa ddata:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Agor y ffolder data</translation>
    </message>
    <message>
        <source>This is the demo branch: it is thrown away when unionrep closes.</source>
        <translation>Dyma&apos;r gangen enghreifftiol: caiff ei thaflu pan fydd unionrep yn cau.</translation>
    </message>
    <message>
        <source>Not saved — {error}</source>
        <translation>Heb ei gadw — {error}</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>h</source>
        <translation>awr</translation>
    </message>
    <message>
        <source>days</source>
        <translation>diwrnod</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiwn</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>cyfarfod</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>{field}: {rule}</source>
        <translation>{field}: {rule}</translation>
    </message>
    <message>
        <source>{key}: {rule}</source>
        <translation>{key}: {rule}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
</TS>
