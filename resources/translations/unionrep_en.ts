<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About unionrep</source>
        <translation>About unionrep</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Facility time, Pro Forma requests and disputes for trade union representatives in Welsh public bodies. Your data stays on this computer.</source>
        <translation>Facility time, Pro Forma requests and disputes for trade union representatives in Welsh public bodies. Your data stays on this computer.</translation>
    </message>
    <message>
        <source>unionrep is free software: you may share and change it under the GNU General Public Licence, version 3 or any later version ({licence}). It comes with no warranty.</source>
        <translation>unionrep is free software: you may share and change it under the GNU General Public Licence, version 3 or any later version ({licence}). It comes with no warranty.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>none open</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>The PDF documents use the DejaVu Sans fonts: © Bitstream, Inc. (Bitstream Vera) and the DejaVu authors, under the fonts&apos; free licence, shipped with unionrep. unionrep is built with Qt for Python (PySide6, LGPL-3.0), reportlab and SQLCipher.</source>
        <translation>The PDF documents use the DejaVu Sans fonts: © Bitstream, Inc. (Bitstream Vera) and the DejaVu authors, under the fonts&apos; free licence, shipped with unionrep. unionrep is built with Qt for Python (PySide6, LGPL-3.0), reportlab and SQLCipher.</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, {system}</source>
        <translation>Python {python}, Qt {qt}, {system}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Copy the version and where the data is, for a report of a problem</source>
        <translation>Copy the version and where the data is, for a report of a problem</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Open the &amp;data folder</translation>
    </message>
</context>
<context>
    <name>AllowanceBar</name>
    <message>
        <source>{used} {unit} used (no cap)</source>
        <translation>{used} {unit} used (no cap)</translation>
    </message>
    <message>
        <source>{used} of {cap} {unit} done</source>
        <translation>{used} of {cap} {unit} done</translation>
    </message>
    <message>
        <source>{used} of {cap} {unit} used</source>
        <translation>{used} of {cap} {unit} used</translation>
    </message>
    <message>
        <source>, {pending} {unit} pending</source>
        <translation>, {pending} {unit} pending</translation>
    </message>
    <message>
        <source> — over by {over} {unit}</source>
        <translation> — over by {over} {unit}</translation>
    </message>
    <message>
        <source>, {left} {unit} left</source>
        <translation>, {left} {unit} left</translation>
    </message>
    <message>
        <source>Over the allowance.</source>
        <translation>Over the allowance.</translation>
    </message>
    <message>
        <source>Near the allowance.</source>
        <translation>Near the allowance.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>no unionrep database at {path}; use --demo or --db</source>
        <translation>no unionrep database at {path}; use --demo or --db</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Backed up to {path}.

Backups are kept in {folder}: the newest automatic ones, and every one made with Back up now.</source>
        <translation>Backed up to {path}.

Backups are kept in {folder}: the newest automatic ones, and every one made with Back up now.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>The backup could not be made: {message}</source>
        <translation>The backup could not be made: {message}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>unionrep backups (*.db);;All files (*)</source>
        <translation>unionrep backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the data open now with the backup {file}?

The data open now is not deleted: it is kept beside it as {name}.before-restore-…. Anything recorded after the backup was made will not be in the restored data.</source>
        <translation>Replace the data open now with the backup {file}?

The data open now is not deleted: it is kept beside it as {name}.before-restore-…. Anything recorded after the backup was made will not be in the restored data.</translation>
    </message>
    <message>
        <source>The database could not be opened again: {message}</source>
        <translation>The database could not be opened again: {message}</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Nothing was restored: {message}</source>
        <translation>Nothing was restored: {message}</translation>
    </message>
    <message>
        <source>Restored {file}</source>
        <translation>Restored {file}</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Restored the backup {file}.

The data open before is kept, not deleted, as {aside}.</source>
        <translation>Restored the backup {file}.

The data open before is kept, not deleted, as {aside}.</translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation>Automatic backups kept:</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <source>How many of the automatic backups (made at the day&apos;s first start and on closing) are kept; older ones are deleted. Backups made with File ▸ Back up now are never deleted.</source>
        <translation>How many of the automatic backups (made at the day&apos;s first start and on closing) are kept; older ones are deleted. Backups made with File ▸ Back up now are never deleted.</translation>
    </message>
    <message>
        <source>Change how many backups are kept</source>
        <translation>Change how many backups are kept</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Combined cap</source>
        <translation>Combined cap</translation>
    </message>
    <message>
        <source>Paid time {hours} h</source>
        <translation>Paid time {hours} h</translation>
    </message>
    <message>
        <source> · cost {money}</source>
        <translation> · cost {money}</translation>
    </message>
    <message>
        <source>{hours} of {full} h a week</source>
        <translation>{hours} of {full} h a week</translation>
    </message>
    <message>
        <source>school year</source>
        <translation>school year</translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation>ended {date}</translation>
    </message>
    <message>
        <source>TOIL owed: {hours} h</source>
        <translation>TOIL owed: {hours} h</translation>
    </message>
    <message>
        <source>Payment due: {amount} ({why})</source>
        <translation>Payment due: {amount} ({why})</translation>
    </message>
    <message>
        <source>Opens {name}&apos;s page</source>
        <translation>Opens {name}&apos;s page</translation>
    </message>
    <message>
        <source>Open {name}&apos;s page</source>
        <translation>Open {name}&apos;s page</translation>
    </message>
    <message>
        <source>No role held this year.</source>
        <translation>No role held this year.</translation>
    </message>
    <message>
        <source>{name} (up to {cap} {unit})</source>
        <translation>{name} (up to {cap} {unit})</translation>
    </message>
    <message>
        <source>Not used yet: {list}</source>
        <translation>Not used yet: {list}</translation>
    </message>
</context>
<context>
    <name>BranchFolder</name>
    <message>
        <source>Branch folder</source>
        <translation>Branch folder</translation>
    </message>
    <message>
        <source>Keep this database in step with the branch through a folder the branch already shares (OneDrive, Nextcloud, Dropbox, Syncthing or a network drive). Each laptop writes only files of its own there, encrypted with the branch passphrase.</source>
        <translation>Keep this database in step with the branch through a folder the branch already shares (OneDrive, Nextcloud, Dropbox, Syncthing or a network drive). Each laptop writes only files of its own there, encrypted with the branch passphrase.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>Branch passphrase</source>
        <translation>Branch passphrase</translation>
    </message>
    <message>
        <source>The same on every laptop of the branch; at least 8 characters</source>
        <translation>The same on every laptop of the branch; at least 8 characters</translation>
    </message>
    <message>
        <source>Branch passphrase:</source>
        <translation>Branch passphrase:</translation>
    </message>
    <message>
        <source>&amp;Save and sync</source>
        <translation>&amp;Save and sync</translation>
    </message>
    <message>
        <source>&amp;Trusted laptops…</source>
        <translation>&amp;Trusted laptops…</translation>
    </message>
    <message>
        <source>Stop s&amp;yncing</source>
        <translation>Stop s&amp;yncing</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint: {fingerprint} (read it to the others when they trust it)</source>
        <translation>This laptop&apos;s fingerprint: {fingerprint} (read it to the others when they trust it)</translation>
    </message>
    <message>
        <source>Choose the branch folder</source>
        <translation>Choose the branch folder</translation>
    </message>
    <message>
        <source>Saved: this laptop now syncs with {folder}.</source>
        <translation>Saved: this laptop now syncs with {folder}.</translation>
    </message>
    <message>
        <source>This laptop no longer syncs with a branch folder.</source>
        <translation>This laptop no longer syncs with a branch folder.</translation>
    </message>
</context>
<context>
    <name>BranchSync</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>Syncing with the branch…</source>
        <translation>Syncing with the branch…</translation>
    </message>
    <message>
        <source>Branch folder: {problem}</source>
        <translation>Branch folder: {problem}</translation>
    </message>
    <message>
        <source>Not yet in step with the branch</source>
        <translation>Not yet in step with the branch</translation>
    </message>
    <message>
        <source>In step with the branch</source>
        <translation>In step with the branch</translation>
    </message>
    <message>
        <source>{n} change(s) received</source>
        <translation>{n} change(s) received</translation>
    </message>
    <message>
        <source>1 conflict to resolve</source>
        <translation>1 conflict to resolve</translation>
    </message>
    <message>
        <source>{n} conflicts to resolve</source>
        <translation>{n} conflicts to resolve</translation>
    </message>
    <message>
        <source>{n} file(s) waiting</source>
        <translation>{n} file(s) waiting</translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>Show the conflicts to resolve</translation>
    </message>
    <message>
        <source>Sync with the branch folder now</source>
        <translation>Sync with the branch folder now</translation>
    </message>
    <message>
        <source>Opening the conflicts…</source>
        <translation>Opening the conflicts…</translation>
    </message>
</context>
<context>
    <name>BranchTrust</name>
    <message>
        <source>Trusted laptops</source>
        <translation>Trusted laptops</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint is {fingerprint}. Trust another laptop only when its owner reads you the same fingerprint as the one shown here for it (by phone or in person): files from a laptop not trusted are never applied.</source>
        <translation>This laptop&apos;s fingerprint is {fingerprint}. Trust another laptop only when its owner reads you the same fingerprint as the one shown here for it (by phone or in person): files from a laptop not trusted are never applied.</translation>
    </message>
    <message>
        <source>Laptops seen in the branch folder</source>
        <translation>Laptops seen in the branch folder</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>No other laptop has been seen in the branch folder yet: each laptop appears here after its first round.</source>
        <translation>No other laptop has been seen in the branch folder yet: each laptop appears here after its first round.</translation>
    </message>
    <message>
        <source>a laptop with no name ({id}…)</source>
        <translation>a laptop with no name ({id}…)</translation>
    </message>
    <message>
        <source>Withdraw trust…</source>
        <translation>Withdraw trust…</translation>
    </message>
    <message>
        <source>Withdraw trust from {name}, fingerprint {fingerprint}</source>
        <translation>Withdraw trust from {name}, fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Trust {name}, fingerprint {fingerprint}</source>
        <translation>Trust {name}, fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Withdraw trust</source>
        <translation>Withdraw trust</translation>
    </message>
    <message>
        <source>Withdraw trust from {name} (fingerprint {fingerprint})?</source>
        <translation>Withdraw trust from {name} (fingerprint {fingerprint})?</translation>
    </message>
    <message>
        <source>From the next round on, files from this laptop are skipped, as from a laptop never trusted. Nothing already applied from it is removed or changed, and its files stay in the branch folder. You can trust it again later; if it comes back with a new key, you will be asked to check its fingerprint again.</source>
        <translation>From the next round on, files from this laptop are skipped, as from a laptop never trusted. Nothing already applied from it is removed or changed, and its files stay in the branch folder. You can trust it again later; if it comes back with a new key, you will be asked to check its fingerprint again.</translation>
    </message>
    <message>
        <source>&amp;Withdraw trust</source>
        <translation>&amp;Withdraw trust</translation>
    </message>
    <message>
        <source>Withdraw trust from {name}</source>
        <translation>Withdraw trust from {name}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Nothing was changed, and this step is no longer on the undo list.</source>
        <translation>Nothing was changed, and this step is no longer on the undo list.</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Log time</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>Open a dispute</translation>
    </message>
    <message>
        <source>Add rep</source>
        <translation>Add rep</translation>
    </message>
    <message>
        <source>Edit rep</source>
        <translation>Edit rep</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Assign role</translation>
    </message>
    <message>
        <source>End role</source>
        <translation>End role</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>Add extension</translation>
    </message>
    <message>
        <source>Record TOIL</source>
        <translation>Record TOIL</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <source>Record extension review</source>
        <translation>Record extension review</translation>
    </message>
    <message>
        <source>Edit extension</source>
        <translation>Edit extension</translation>
    </message>
    <message>
        <source>Change {key}</source>
        <translation>Change {key}</translation>
    </message>
    <message>
        <source>Change your details</source>
        <translation>Change your details</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>Year shown</translation>
    </message>
    <message>
        <source>The cards and flags below are for this year</source>
        <translation>The cards and flags below are for this year</translation>
    </message>
    <message>
        <source>The year to show (school staff follow their academic year)</source>
        <translation>The year to show (school staff follow their academic year)</translation>
    </message>
    <message>
        <source>Allowances of every rep</source>
        <translation>Allowances of every rep</translation>
    </message>
    <message>
        <source>A card for each rep: each allowance a bar, its numbers written beside it</source>
        <translation>A card for each rep: each allowance a bar, its numbers written beside it</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Flags to act on, the most urgent first; Enter opens what a flag is about</source>
        <translation>Flags to act on, the most urgent first; Enter opens what a flag is about</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>{label} (this year)</source>
        <translation>{label} (this year)</translation>
    </message>
    <message>
        <source>Could not check the entries: {error}</source>
        <translation>Could not check the entries: {error}</translation>
    </message>
    <message>
        <source>Show all {count} reps</source>
        <translation>Show all {count} reps</translation>
    </message>
    <message>
        <source>No reps yet. Add one under Reps &amp; roles (Ctrl+3).</source>
        <translation>No reps yet. Add one under Reps &amp; roles (Ctrl+3).</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open it</source>
        <translation>Press Enter or double-click to open it</translation>
    </message>
    <message>
        <source>… and {count} more. The most urgent {shown} are shown; the log has the rest.</source>
        <translation>… and {count} more. The most urgent {shown} are shown; the log has the rest.</translation>
    </message>
    <message>
        <source>Checking requests, entries and disputes…</source>
        <translation>Checking requests, entries and disputes…</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Needs attention ({count})</source>
        <translation>Needs attention ({count})</translation>
    </message>
    <message>
        <source>Most urgent — {severity}: {text}</source>
        <translation>Most urgent — {severity}: {text}</translation>
    </message>
    <message>
        <source>{count} rep</source>
        <translation>{count} rep</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} reps</translation>
    </message>
    <message>
        <source>paid facility time {hours} h, cost {money}</source>
        <translation>paid facility time {hours} h, cost {money}</translation>
    </message>
    <message>
        <source>{count} rep over or near a cap</source>
        <translation>{count} rep over or near a cap</translation>
    </message>
    <message>
        <source>{count} reps over or near a cap</source>
        <translation>{count} reps over or near a cap</translation>
    </message>
    <message>
        <source>{count} request awaiting an answer</source>
        <translation>{count} request awaiting an answer</translation>
    </message>
    <message>
        <source>{count} requests awaiting an answer</source>
        <translation>{count} requests awaiting an answer</translation>
    </message>
</context>
<context>
    <name>DisputeActions</name>
    <message>
        <source>Take the dispute to the next stage</source>
        <translation>Take the dispute to the next stage</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Raised on:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;With:</translation>
    </message>
    <message>
        <source>the senior manager&apos;s or officer&apos;s name</source>
        <translation>the senior manager&apos;s or officer&apos;s name</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Record the response</source>
        <translation>Record the response</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Response:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>ACAS early conciliation</source>
        <translation>ACAS early conciliation</translation>
    </message>
    <message>
        <source>Day &amp;A (ACAS received it):</source>
        <translation>Day &amp;A (ACAS received it):</translation>
    </message>
    <message>
        <source>Day &amp;B (certificate):</source>
        <translation>Day &amp;B (certificate):</translation>
    </message>
    <message>
        <source>Early conciliation stops the tribunal clock: the days from Day A to Day B are added, and the deadline is never less than one month after Day B.</source>
        <translation>Early conciliation stops the tribunal clock: the days from Day A to Day B are added, and the deadline is never less than one month after Day B.</translation>
    </message>
    <message>
        <source>Add a rep first.</source>
        <translation>Add a rep first.</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>A complaint about operating the agreement (clause 22.1)</source>
        <translation>A complaint about operating the agreement (clause 22.1)</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Rep:</translation>
    </message>
    <message>
        <source>&amp;About what happened on:</source>
        <translation>&amp;About what happened on:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;People involved:</source>
        <translation>&amp;People involved:</translation>
    </message>
</context>
<context>
    <name>DisputesView</name>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Refused on</source>
        <translation>Refused on</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tribunal deadline</source>
        <translation>Tribunal deadline</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Open disputes only</source>
        <translation>Open disputes only</translation>
    </message>
    <message>
        <source>The dispute in full</source>
        <translation>The dispute in full</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Record response…</translation>
    </message>
    <message>
        <source>ACAS dates…</source>
        <translation>ACAS dates…</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Letter…</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>New complaint…</translation>
    </message>
    <message>
        <source>A complaint about how the agreement is operated (clause 22.1)</source>
        <translation>A complaint about how the agreement is operated (clause 22.1)</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>out of time</source>
        <translation>out of time</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>Choose a dispute to see it in full.</source>
        <translation>Choose a dispute to see it in full.</translation>
    </message>
    <message>
        <source>Out of time for a tribunal claim.</source>
        <translation>Out of time for a tribunal claim.</translation>
    </message>
    <message>
        <source>ACAS early conciliation under way: the tribunal clock is stopped until the certificate (Day B) is recorded.</source>
        <translation>ACAS early conciliation under way: the tribunal clock is stopped until the certificate (Day B) is recorded.</translation>
    </message>
    <message>
        <source>Last day to present a tribunal claim: {day}</source>
        <translation>Last day to present a tribunal claim: {day}</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>{n} left</translation>
    </message>
    <message>
        <source>passed {n} ago</source>
        <translation>passed {n} ago</translation>
    </message>
    <message>
        <source>Complaint about</source>
        <translation>Complaint about</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Reasons given</translation>
    </message>
    <message>
        <source>none recorded (clause 21.2)</source>
        <translation>none recorded (clause 21.2)</translation>
    </message>
    <message>
        <source>Alternative offered</source>
        <translation>Alternative offered</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>ACAS Day A</source>
        <translation>ACAS Day A</translation>
    </message>
    <message>
        <source>ACAS Day B</source>
        <translation>ACAS Day B</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Now at</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>answered {day}</source>
        <translation>answered {day}</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <source>raised {raised}; no answer is due at this step; {answered}</source>
        <translation>raised {raised}; no answer is due at this step; {answered}</translation>
    </message>
    <message>
        <source>raised {raised}, answer due {due}; {answered}</source>
        <translation>raised {raised}, answer due {due}; {answered}</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>How the deadline was worked out</source>
        <translation>How the deadline was worked out</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Yearly statement…</source>
        <translation>Yearly statement…</translation>
    </message>
    <message>
        <source>Save the rep&apos;s statement for a year as a PDF or a CSV spreadsheet</source>
        <translation>Save the rep&apos;s statement for a year as a PDF or a CSV spreadsheet</translation>
    </message>
    <message>
        <source>Branch summary…</source>
        <translation>Branch summary…</translation>
    </message>
    <message>
        <source>Save every rep&apos;s year as a PDF or a CSV spreadsheet, with the facility time tables if wanted</source>
        <translation>Save every rep&apos;s year as a PDF or a CSV spreadsheet, with the facility time tables if wanted</translation>
    </message>
    <message>
        <source>Welsh first, then English</source>
        <translation>Welsh first, then English</translation>
    </message>
    <message>
        <source>Welsh only</source>
        <translation>Welsh only</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>English only</translation>
    </message>
    <message>
        <source>Save the yearly statement</source>
        <translation>Save the yearly statement</translation>
    </message>
    <message>
        <source>Making the statement…</source>
        <translation>Making the statement…</translation>
    </message>
    <message>
        <source>Yearly statement for {name}</source>
        <translation>Yearly statement for {name}</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Allowances, hours by role, category and month, extensions, TOIL and the cost, for one of the rep&apos;s years. Save it as .pdf to print, or .csv for a spreadsheet.</source>
        <translation>Allowances, hours by role, category and month, extensions, TOIL and the cost, for one of the rep&apos;s years. Save it as .pdf to print, or .csv for a spreadsheet.</translation>
    </message>
    <message>
        <source>As a &amp;flat CSV: one header row, one record a row</source>
        <translation>As a &amp;flat CSV: one header row, one record a row</translation>
    </message>
    <message>
        <source>For a spreadsheet&apos;s filters or pandas, read as it is; without it the CSV has the document&apos;s sections, each with its own header row</source>
        <translation>For a spreadsheet&apos;s filters or pandas, read as it is; without it the CSV has the document&apos;s sections, each with its own header row</translation>
    </message>
    <message>
        <source>Save the branch summary</source>
        <translation>Save the branch summary</translation>
    </message>
    <message>
        <source>Making the branch summary…</source>
        <translation>Making the branch summary…</translation>
    </message>
    <message>
        <source>Branch facility time summary</source>
        <translation>Branch facility time summary</translation>
    </message>
    <message>
        <source>Add the four facility time &amp;tables (SI 2017/328)</source>
        <translation>Add the four facility time &amp;tables (SI 2017/328)</translation>
    </message>
    <message>
        <source>The share of the pay bill uses the pay bill set under Settings</source>
        <translation>The share of the pay bill uses the pay bill set under Settings</translation>
    </message>
    <message>
        <source>Every rep&apos;s year: roles, allowances used, paid facility time and its cost. Save it as .pdf to print, or .csv for a spreadsheet.</source>
        <translation>Every rep&apos;s year: roles, allowances used, paid facility time and its cost. Save it as .pdf to print, or .csv for a spreadsheet.</translation>
    </message>
    <message>
        <source>{number} · {step} (the next step: a draft dated today)</source>
        <translation>{number} · {step} (the next step: a draft dated today)</translation>
    </message>
    <message>
        <source>No step of this dispute has a letter.</source>
        <translation>No step of this dispute has a letter.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <source>Making the letter…</source>
        <translation>Making the letter…</translation>
    </message>
    <message>
        <source>Letter for the dispute</source>
        <translation>Letter for the dispute</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>A letter for a step already raised is dated the day it was raised; the next step&apos;s letter is a draft dated today.</source>
        <translation>A letter for a step already raised is dated the day it was raised; the next step&apos;s letter is a draft dated today.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Document not made</source>
        <translation>Document not made</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>Saved {name} in {folder}.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Open it</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <source>Change a document setting</source>
        <translation>Change a document setting</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Language of documents</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Language of documents:</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <source>a PNG or JPEG file; empty for none</source>
        <translation>a PNG or JPEG file; empty for none</translation>
    </message>
    <message>
        <source>Printed at the top right of the Pro Forma, statements and the summary</source>
        <translation>Printed at the top right of the Pro Forma, statements and the summary</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The logo as chosen</source>
        <translation>The logo as chosen</translation>
    </message>
    <message>
        <source>Pay bill (£ a year):</source>
        <translation>Pay bill (£ a year):</translation>
    </message>
    <message>
        <source>Total pay bill</source>
        <translation>Total pay bill</translation>
    </message>
    <message>
        <source>e.g. 48,000,000</source>
        <translation>e.g. 48,000,000</translation>
    </message>
    <message>
        <source>The organisation&apos;s total pay bill, for the share of it spent on facility time (SI 2017/328, table 3)</source>
        <translation>The organisation&apos;s total pay bill, for the share of it spent on facility time (SI 2017/328, table 3)</translation>
    </message>
    <message>
        <source>Director:</source>
        <translation>Director:</translation>
    </message>
    <message>
        <source>Director&apos;s name</source>
        <translation>Director&apos;s name</translation>
    </message>
    <message>
        <source>Named in step 3 of the Pro Forma&apos;s routing</source>
        <translation>Named in step 3 of the Pro Forma&apos;s routing</translation>
    </message>
    <message>
        <source>Head of Strategic HR:</source>
        <translation>Head of Strategic HR:</translation>
    </message>
    <message>
        <source>Head of Strategic HR&apos;s name</source>
        <translation>Head of Strategic HR&apos;s name</translation>
    </message>
    <message>
        <source>Named on the Pro Forma&apos;s routing and on letters to HR</source>
        <translation>Named on the Pro Forma&apos;s routing and on letters to HR</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>(cannot be shown: {path})</source>
        <translation>(cannot be shown: {path})</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>Send as a request</source>
        <translation>Send as a request</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>Record approval</translation>
    </message>
    <message>
        <source>Record refusal…</source>
        <translation>Record refusal…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Mark as taken</source>
        <translation>Mark as taken</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No changes recorded.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source> (unpaid)</source>
        <translation> (unpaid)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>Notice given on</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>yes (needs 3 weeks&apos; notice, clause 12.5)</source>
        <translation>yes (needs 3 weeks&apos; notice, clause 12.5)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Entry details</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Select an entry to see it in full.</translation>
    </message>
    <message>
        <source>This entry has been deleted.</source>
        <translation>This entry has been deleted.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Bundle written</source>
        <translation>Bundle written</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>unionrep bundles (*.bundle);;All files (*)</source>
        <translation>unionrep bundles (*.bundle);;All files (*)</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Nothing exported</source>
        <translation>Nothing exported</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Could not write {path}: {error}</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}</source>
        <translation>Exported {count} entries to {path}</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Export the log</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Send my log to the branch</source>
        <translation>Send my log to the branch</translation>
    </message>
    <message>
        <source>Make a bundle of your records for the branch (or another rep) to import. It is encrypted with a passphrase: give them the passphrase some other way than the file (not in the same e-mail).</source>
        <translation>Make a bundle of your records for the branch (or another rep) to import. It is encrypted with a passphrase: give them the passphrase some other way than the file (not in the same e-mail).</translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation>Whose records</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>&amp;Whose records:</source>
        <translation>&amp;Whose records:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Entries and TOIL:</source>
        <translation>Entries and TOIL:</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (recommended)</source>
        <translation>&amp;Encrypt with a passphrase (recommended)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Not encrypted: the file will hold members&apos; personal data (special category data under UK GDPR) that anyone can read. Keep it off e-mail and shared drives, and delete it once it has been imported.</source>
        <translation>Not encrypted: the file will hold members&apos; personal data (special category data under UK GDPR) that anyone can read. Keep it off e-mail and shared drives, and delete it once it has been imported.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <source>unionrep bundles (*.bundle);;All files (*)</source>
        <translation>unionrep bundles (*.bundle);;All files (*)</translation>
    </message>
    <message>
        <source>To: the last day is before the first ({day})</source>
        <translation>To: the last day is before the first ({day})</translation>
    </message>
    <message>
        <source>File: choose where to save the bundle</source>
        <translation>File: choose where to save the bundle</translation>
    </message>
    <message>
        <source>File: {path} is a folder; give a file name</source>
        <translation>File: {path} is a folder; give a file name</translation>
    </message>
    <message>
        <source>Passphrase: must be at least {n} characters</source>
        <translation>Passphrase: must be at least {n} characters</translation>
    </message>
    <message>
        <source>Again: the two passphrases differ</source>
        <translation>Again: the two passphrases differ</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Nothing was exported: {reason}</translation>
    </message>
    <message>
        <source>{records} record(s) and {deleted} deletion(s) written to {path}.</source>
        <translation>{records} record(s) and {deleted} deletion(s) written to {path}.</translation>
    </message>
    <message>
        <source>The file is encrypted: it opens only with the passphrase.</source>
        <translation>The file is encrypted: it opens only with the passphrase.</translation>
    </message>
    <message>
        <source>The file is NOT encrypted.</source>
        <translation>The file is NOT encrypted.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>academic-start</source>
        <translation>academic-start</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>case_ref</source>
        <translation>case_ref</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>day-b</source>
        <translation>day-b</translation>
    </message>
    <message>
        <source>acas-a</source>
        <translation>acas-a</translation>
    </message>
    <message>
        <source>employee-no</source>
        <translation>employee-no</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>end_on</source>
        <translation>end_on</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>extra_minutes</source>
        <translation>extra_minutes</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>full-time-hours</source>
        <translation>full-time-hours</translation>
    </message>
    <message>
        <source>hourly-rate</source>
        <translation>hourly-rate</translation>
    </message>
    <message>
        <source>hourly_rate</source>
        <translation>hourly_rate</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>notice-on</source>
        <translation>notice-on</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>pay-bill</source>
        <translation>pay-bill</translation>
    </message>
    <message>
        <source>pay_bill</source>
        <translation>pay_bill</translation>
    </message>
    <message>
        <source>raised-on</source>
        <translation>raised-on</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>refused-on</source>
        <translation>refused-on</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep</translation>
    </message>
    <message>
        <source>review-on</source>
        <translation>review-on</translation>
    </message>
    <message>
        <source>review_on</source>
        <translation>review_on</translation>
    </message>
    <message>
        <source>reviewed-on</source>
        <translation>reviewed-on</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>scp</source>
        <translation>scp</translation>
    </message>
    <message>
        <source>secondment-percent</source>
        <translation>secondment-percent</translation>
    </message>
    <message>
        <source>secondment_percent</source>
        <translation>secondment_percent</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>start_on</source>
        <translation>start_on</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>weekly-hours</source>
        <translation>weekly-hours</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>E-mail: {value!r} is not an e-mail address</source>
        <translation>E-mail: {value!r} is not an e-mail address</translation>
    </message>
    <message>
        <source>Your name: needed for your own log</source>
        <translation>Your name: needed for your own log</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; unionrep keeps your facility time, Pro Forma requests and disputes on this computer only. Three questions and you can start.</source>
        <translation>&lt;b&gt;Welcome.&lt;/b&gt; unionrep keeps your facility time, Pro Forma requests and disputes on this computer only. Three questions and you can start.</translation>
    </message>
    <message>
        <source>Your data will be kept in {path}</source>
        <translation>Your data will be kept in {path}</translation>
    </message>
    <message>
        <source>Roles: {roles}.</source>
        <translation>Roles: {roles}.</translation>
    </message>
    <message>
        <source>Every figure can be changed later under Settings.</source>
        <translation>Every figure can be changed later under Settings.</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address</source>
        <translation>{value!r} is not an e-mail address</translation>
    </message>
    <message>
        <source>{role}: held since</source>
        <translation>{role}: held since</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your roles and your managers.&lt;/b&gt; Printed on every Pro Forma you make; each can be changed later under Reps &amp; roles.</source>
        <translation>&lt;b&gt;Your roles and your managers.&lt;/b&gt; Printed on every Pro Forma you make; each can be changed later under Reps &amp; roles.</translation>
    </message>
    <message>
        <source>The roles you hold, and since when</source>
        <translation>The roles you hold, and since when</translation>
    </message>
    <message>
        <source>Your job</source>
        <translation>Your job</translation>
    </message>
    <message>
        <source>Contracted &amp;hours a week:</source>
        <translation>Contracted &amp;hours a week:</translation>
    </message>
    <message>
        <source>Contracted hours a week</source>
        <translation>Contracted hours a week</translation>
    </message>
    <message>
        <source>I work in a &amp;school (years run with the academic year)</source>
        <translation>I work in a &amp;school (years run with the academic year)</translation>
    </message>
    <message>
        <source>Your line &amp;manager:</source>
        <translation>Your line &amp;manager:</translation>
    </message>
    <message>
        <source>Line manager&apos;s e-&amp;mail:</source>
        <translation>Line manager&apos;s e-&amp;mail:</translation>
    </message>
    <message>
        <source>Your head of &amp;service:</source>
        <translation>Your head of &amp;service:</translation>
    </message>
    <message>
        <source>Head of service&apos;s e-ma&amp;il:</source>
        <translation>Head of service&apos;s e-ma&amp;il:</translation>
    </message>
    <message>
        <source>tick at least one role you hold</source>
        <translation>tick at least one role you hold</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to unionrep</source>
        <translation>Welcome to unionrep</translation>
    </message>
    <message>
        <source>The agreement you work under</source>
        <translation>The agreement you work under</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Policy profile</translation>
    </message>
    <message>
        <source>This computer keeps</source>
        <translation>This computer keeps</translation>
    </message>
    <message>
        <source>&amp;My own log, as a steward</source>
        <translation>&amp;My own log, as a steward</translation>
    </message>
    <message>
        <source>The branch&apos;s &amp;book, for every rep (a branch officer&apos;s laptop)</source>
        <translation>The branch&apos;s &amp;book, for every rep (a branch officer&apos;s laptop)</translation>
    </message>
    <message>
        <source>About you (printed on Pro Formas and letters)</source>
        <translation>About you (printed on Pro Formas and letters)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your &amp;role in the union:</source>
        <translation>Your &amp;role in the union:</translation>
    </message>
    <message>
        <source>Your role in the union</source>
        <translation>Your role in the union</translation>
    </message>
    <message>
        <source>e.g. Steward, Branch secretary</source>
        <translation>e.g. Steward, Branch secretary</translation>
    </message>
    <message>
        <source>&amp;Union:</source>
        <translation>&amp;Union:</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>e.g. UNSAIN Cymru / UNISON Cymru</source>
        <translation>e.g. UNSAIN Cymru / UNISON Cymru</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Your e-mail</translation>
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
        <translation>set</translation>
    </message>
    <message>
        <source>{name} is set</source>
        <translation>{name} is set</translation>
    </message>
    <message>
        <source>Something went wrong, nothing was saved: {error}</source>
        <translation>Something went wrong, nothing was saved: {error}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Your day in one window</source>
        <translation>Your day in one window</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Dashboard&lt;/b&gt; shows every rep&apos;s allowances for the year, closest to a cap first: the solid part of a bar is time used (approved or taken), the hatched part is time asked for and not yet answered, and the numbers beside it say the same in words. &lt;b&gt;Needs attention&lt;/b&gt; lists everything to act on; press Enter on one to open it.</source>
        <translation>The &lt;b&gt;Dashboard&lt;/b&gt; shows every rep&apos;s allowances for the year, closest to a cap first: the solid part of a bar is time used (approved or taken), the hatched part is time asked for and not yet answered, and the numbers beside it say the same in words. &lt;b&gt;Needs attention&lt;/b&gt; lists everything to act on; press Enter on one to open it.</translation>
    </message>
    <message>
        <source>Every change is saved at once; there is no Save button. Anything can be undone with Ctrl+Z, even a deletion.</source>
        <translation>Every change is saved at once; there is no Save button. Anything can be undone with Ctrl+Z, even a deletion.</translation>
    </message>
    <message>
        <source>A request goes from &lt;i&gt;draft&lt;/i&gt; to &lt;i&gt;requested&lt;/i&gt; (the Pro Forma goes to the manager), then &lt;i&gt;approved&lt;/i&gt; or &lt;i&gt;refused&lt;/i&gt;. A refusal needs written reasons (clause 21.2) and can open a dispute, whose tribunal deadline is worked out for you.</source>
        <translation>A request goes from &lt;i&gt;draft&lt;/i&gt; to &lt;i&gt;requested&lt;/i&gt; (the Pro Forma goes to the manager), then &lt;i&gt;approved&lt;/i&gt; or &lt;i&gt;refused&lt;/i&gt;. A refusal needs written reasons (clause 21.2) and can open a dispute, whose tribunal deadline is worked out for you.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>Dashboard, Log, Reps &amp; roles, Requests, Disputes, Settings</source>
        <translation>Dashboard, Log, Reps &amp; roles, Requests, Disputes, Settings</translation>
    </message>
    <message>
        <source>Log time off (quick entry)</source>
        <translation>Log time off (quick entry)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Delete the selected entry (Ctrl+Z puts it back)</source>
        <translation>Delete the selected entry (Ctrl+Z puts it back)</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Open the selected item</translation>
    </message>
    <message>
        <source>The next control; out of a table too (the arrow keys move within it)</source>
        <translation>The next control; out of a table too (the arrow keys move within it)</translation>
    </message>
    <message>
        <source>What can be done to the selected row (the Menu key does the same)</source>
        <translation>What can be done to the selected row (the Menu key does the same)</translation>
    </message>
    <message>
        <source>The unionrep guide</source>
        <translation>The unionrep guide</translation>
    </message>
    <message>
        <source>Quit unionrep</source>
        <translation>Quit unionrep</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>unionrep guide</source>
        <translation>unionrep guide</translation>
    </message>
    <message>
        <source>The unionrep guide</source>
        <translation>The unionrep guide</translation>
    </message>
</context>
<context>
    <name>ImportConflicts</name>
    <message>
        <source>changed here and in the bundle</source>
        <translation>changed here and in the bundle</translation>
    </message>
    <message>
        <source>changed here, deleted in the bundle</source>
        <translation>changed here, deleted in the bundle</translation>
    </message>
    <message>
        <source>deleted here, changed in the bundle</source>
        <translation>deleted here, changed in the bundle</translation>
    </message>
    <message>
        <source>deleted on one side while the other added records that depend on it</source>
        <translation>deleted on one side while the other added records that depend on it</translation>
    </message>
    <message>
        <source>two different records carry the same version (was a database copied?)</source>
        <translation>two different records carry the same version (was a database copied?)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>notice given</source>
        <translation>notice given</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>manager&apos;s e-mail</source>
        <translation>manager&apos;s e-mail</translation>
    </message>
    <message>
        <source>employee no.</source>
        <translation>employee no.</translation>
    </message>
    <message>
        <source>weekly hours</source>
        <translation>weekly hours</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>workplace</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Keep &amp;mine for all</source>
        <translation>Keep &amp;mine for all</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all</source>
        <translation>Take &amp;theirs for all</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Here (mine)</translation>
    </message>
    <message>
        <source>In the bundle (theirs)</source>
        <translation>In the bundle (theirs)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>{count} record(s) depend on it</source>
        <translation>{count} record(s) depend on it</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Choice for {what}</source>
        <translation>Choice for {what}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Opening the bundle…</source>
        <translation>Opening the bundle…</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Checking the records…</translation>
    </message>
    <message>
        <source>Looking for overlaps…</source>
        <translation>Looking for overlaps…</translation>
    </message>
    <message>
        <source>Writing the records…</source>
        <translation>Writing the records…</translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation>Writing the audit trail…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Progress of the import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Import from a steward</source>
        <translation>Import from a steward</translation>
    </message>
    <message>
        <source>Bundle: {path}</source>
        <translation>Bundle: {path}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Cancel: nothing is imported</source>
        <translation>Cancel: nothing is imported</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>This file cannot be imported: {reason}</translation>
    </message>
    <message>
        <source>This bundle is not encrypted: anyone who had the file could read it.</source>
        <translation>This bundle is not encrypted: anyone who had the file could read it.</translation>
    </message>
    <message>
        <source>Passphrase: give the passphrase the bundle was made with</source>
        <translation>Passphrase: give the passphrase the bundle was made with</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nothing was imported: {reason}</translation>
    </message>
    <message>
        <source>Import from a steward: preview</source>
        <translation>Import from a steward: preview</translation>
    </message>
    <message>
        <source>an installation with no name ({id}…)</source>
        <translation>an installation with no name ({id}…)</translation>
    </message>
    <message>
        <source>Bundle from {origin}, made {made}</source>
        <translation>Bundle from {origin}, made {made}</translation>
    </message>
    <message>
        <source>This bundle was imported here before.</source>
        <translation>This bundle was imported here before.</translation>
    </message>
    <message>
        <source>It was made under another policy profile ({profile}).</source>
        <translation>It was made under another policy profile ({profile}).</translation>
    </message>
    <message>
        <source>It was not encrypted.</source>
        <translation>It was not encrypted.</translation>
    </message>
    <message>
        <source>{what} overlaps or repeats {other}: the time may be counted twice (it is imported all the same, and listed under Needs attention)</source>
        <translation>{what} overlaps or repeats {other}: the time may be counted twice (it is imported all the same, and listed under Needs attention)</translation>
    </message>
    <message>
        <source>{added} to add, {changed} to change, {deleted} to delete, {conflicts} in conflict; {kept} newer here, {same} the same. Nothing is written until you press Import.</source>
        <translation>{added} to add, {changed} to change, {deleted} to delete, {conflicts} in conflict; {kept} newer here, {same} the same. Nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes (here → bundle)</source>
        <translation>Changes (here → bundle)</translation>
    </message>
    <message>
        <source>To add ({n})</source>
        <translation>To add ({n})</translation>
    </message>
    <message>
        <source>To change ({n})</source>
        <translation>To change ({n})</translation>
    </message>
    <message>
        <source>To delete ({n})</source>
        <translation>To delete ({n})</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose “Keep mine” or “Take theirs” for each conflict ({left} still to choose).</source>
        <translation>Choose “Keep mine” or “Take theirs” for each conflict ({left} still to choose).</translation>
    </message>
    <message>
        <source>These choices cannot be imported: {reason}</source>
        <translation>These choices cannot be imported: {reason}</translation>
    </message>
    <message>
        <source>With these choices the import adds {added}, changes {changed} and deletes {deleted} record(s).</source>
        <translation>With these choices the import adds {added}, changes {changed} and deletes {deleted} record(s).</translation>
    </message>
    <message>
        <source>{count} of them only because of your choices (what depends on a record kept or deleted goes with it).</source>
        <translation>{count} of them only because of your choices (what depends on a record kept or deleted goes with it).</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancel the import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing to import: this database already has everything in the bundle.</source>
        <translation>Nothing to import: this database already has everything in the bundle.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {changed} changed, {deleted} deleted; {resolved} conflict(s) settled.</source>
        <translation>Imported: {added} added, {changed} changed, {deleted} deleted; {resolved} conflict(s) settled.</translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds words in the purpose, location, rep&apos;s name, notes and case reference</source>
        <translation>Finds words in the purpose, location, rep&apos;s name, notes and case reference</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>All reps</translation>
    </message>
    <message>
        <source>{name} (ended)</source>
        <translation>{name} (ended)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>{name} (unpaid)</source>
        <translation>{name} (unpaid)</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Time-off entries</source>
        <translation>Time-off entries</translation>
    </message>
    <message>
        <source>One row for each entry; the one chosen is shown in full beside the list</source>
        <translation>One row for each entry; the one chosen is shown in full beside the list</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Log time off (Ctrl+N)</source>
        <translation>Log time off (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete; Ctrl+Z puts it back)</source>
        <translation>Delete the selected entry (Delete; Ctrl+Z puts it back)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z puts it back.</source>
        <translation>Entry deleted. Ctrl+Z puts it back.</translation>
    </message>
    <message>
        <source>Open a dispute…</source>
        <translation>Open a dispute…</translation>
    </message>
    <message>
        <source>Show the dispute</source>
        <translation>Show the dispute</translation>
    </message>
    <message>
        <source>Dispute opened: see Disputes (Ctrl+5). Ctrl+Z takes it back.</source>
        <translation>Dispute opened: see Disputes (Ctrl+5). Ctrl+Z takes it back.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Reps &amp;&amp; roles</source>
        <translation>Reps &amp;&amp; roles</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>Could not undo or redo</translation>
    </message>
    <message>
        <source>unionrep</source>
        <translation>unionrep</translation>
    </message>
    <message>
        <source>unionrep — demo branch (not your data)</source>
        <translation>unionrep — demo branch (not your data)</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <source>Messages about what was just done</source>
        <translation>Messages about what was just done</translation>
    </message>
    <message>
        <source>Demo branch in a temporary folder: nothing here is saved for later</source>
        <translation>Demo branch in a temporary folder: nothing here is saved for later</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Data: {path}</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+6 go to each view</source>
        <translation>Ctrl+1 to Ctrl+6 go to each view</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>unionrep &amp;guide</source>
        <translation>unionrep &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About unionrep</source>
        <translation>&amp;About unionrep</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;Send my log to the branch…</source>
        <translation>&amp;Send my log to the branch…</translation>
    </message>
    <message>
        <source>&amp;Import from a steward…</source>
        <translation>&amp;Import from a steward…</translation>
    </message>
    <message>
        <source>E&amp;xport the log (CSV)…</source>
        <translation>E&amp;xport the log (CSV)…</translation>
    </message>
    <message>
        <source>The entries the Log shows, as its filters leave them</source>
        <translation>The entries the Log shows, as its filters leave them</translation>
    </message>
    <message>
        <source>Export the &amp;calendar (.ics)…</source>
        <translation>Export the &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>(none in this view)</source>
        <translation>(none in this view)</translation>
    </message>
    <message>
        <source>Urgent: {text}</source>
        <translation>Urgent: {text}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>{path} is encrypted. Type its passphrase to open it.</source>
        <translation>{path} is encrypted. Type its passphrase to open it.</translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt {path} (at least 8 characters). Keep it safe: without it the data cannot be read.</source>
        <translation>Choose a passphrase to encrypt {path} (at least 8 characters). Keep it safe: without it the data cannot be read.</translation>
    </message>
    <message>
        <source>Leave it empty to let the system keyring keep a generated key.</source>
        <translation>Leave it empty to let the system keyring keep a generated key.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Page {number} of {count}</translation>
    </message>
    <message>
        <source>{count} more pages: open the document in the viewer to read them.</source>
        <translation>{count} more pages: open the document in the viewer to read them.</translation>
    </message>
    <message>
        <source>The document&apos;s pages</source>
        <translation>The document&apos;s pages</translation>
    </message>
    <message>
        <source>The document&apos;s text</source>
        <translation>The document&apos;s text</translation>
    </message>
    <message>
        <source>What the pages say, page by page, in reading order</source>
        <translation>What the pages say, page by page, in reading order</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>The document</translation>
    </message>
    <message>
        <source>Pa&amp;ges</source>
        <translation>Pa&amp;ges</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Open in viewer</translation>
    </message>
    <message>
        <source>A copy opens in the system&apos;s PDF viewer, to print it or read it larger; save it here to keep it</source>
        <translation>A copy opens in the system&apos;s PDF viewer, to print it or read it larger; save it here to keep it</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>These pages, through the system&apos;s print dialog</source>
        <translation>These pages, through the system&apos;s print dialog</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>the printer could not be started</source>
        <translation>the printer could not be started</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Sent {title} to the printer ({pages} pages)</source>
        <translation>Sent {title} to the printer ({pages} pages)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Making the pages to print…</source>
        <translation>Making the pages to print…</translation>
    </message>
</context>
<context>
    <name>ProFormaGaps</name>
    <message>
        <source>Before the Pro Forma is made</source>
        <translation>Before the Pro Forma is made</translation>
    </message>
    <message>
        <source>These would print as &quot;Not stated&quot;. Fill in what you know: it is kept for every Pro Forma after this one. Anything left empty stays &quot;Not stated&quot;.</source>
        <translation>These would print as &quot;Not stated&quot;. Fill in what you know: it is kept for every Pro Forma after this one. Anything left empty stays &quot;Not stated&quot;.</translation>
    </message>
    <message>
        <source>&amp;Make the Pro Forma</source>
        <translation>&amp;Make the Pro Forma</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>Log time off</source>
        <translation>Log time off</translation>
    </message>
    <message>
        <source>Allow an o&amp;verlap</source>
        <translation>Allow an o&amp;verlap</translation>
    </message>
    <message>
        <source>Allow an overlap</source>
        <translation>Allow an overlap</translation>
    </message>
    <message>
        <source>Log it even if it overlaps or repeats another entry of the rep&apos;s that day</source>
        <translation>Log it even if it overlaps or repeats another entry of the rep&apos;s that day</translation>
    </message>
    <message>
        <source>Log it even if its times overlap, or it repeats, another entry of the rep&apos;s that day: both are meant</source>
        <translation>Log it even if its times overlap, or it repeats, another entry of the rep&apos;s that day: both are meant</translation>
    </message>
    <message>
        <source>choose a rep (add one under Reps &amp; roles)</source>
        <translation>choose a rep (add one under Reps &amp; roles)</translation>
    </message>
    <message>
        <source>choose a role</source>
        <translation>choose a role</translation>
    </message>
    <message>
        <source>give both the start and the end, or just the hours</source>
        <translation>give both the start and the end, or just the hours</translation>
    </message>
    <message>
        <source>give the hours (like 2.5 or 2:30), or a start and end</source>
        <translation>give the hours (like 2.5 or 2:30), or a start and end</translation>
    </message>
    <message>
        <source>Fill in the entry to see what it does to the allowance.</source>
        <translation>Fill in the entry to see what it does to the allowance.</translation>
    </message>
    <message>
        <source>{used} {unit} used, {pending} {unit} pending</source>
        <translation>{used} {unit} used, {pending} {unit} pending</translation>
    </message>
    <message>
        <source>now {now}; after this entry {then} (no cap set)</source>
        <translation>now {now}; after this entry {then} (no cap set)</translation>
    </message>
    <message>
        <source>now {now} of {cap} {unit}; after this entry {then}</source>
        <translation>now {now} of {cap} {unit}; after this entry {then}</translation>
    </message>
    <message>
        <source> — over by {over} {unit}</source>
        <translation> — over by {over} {unit}</translation>
    </message>
    <message>
        <source> ({left} {unit} left)</source>
        <translation> ({left} {unit} left)</translation>
    </message>
    <message>
        <source>This entry does not count against any allowance.</source>
        <translation>This entry does not count against any allowance.</translation>
    </message>
    <message>
        <source>No allowance applies.</source>
        <translation>No allowance applies.</translation>
    </message>
    <message>
        <source>Saved {hours} h for {date}.</source>
        <translation>Saved {hours} h for {date}.</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Log time off</source>
        <translation>Log time off</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Rep:</translation>
    </message>
    <message>
        <source>The rep who takes the time</source>
        <translation>The rep who takes the time</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>The role the time is taken in: its allowance is the one charged</source>
        <translation>The role the time is taken in: its allowance is the one charged</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>The day the time is taken, as year-month-day</source>
        <translation>The day the time is taken, as year-month-day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>Hours like 2.5 or 2:30; or give a start and an end time instead</source>
        <translation>Hours like 2.5 or 2:30; or give a start and an end time instead</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>2.5 or 2:30</source>
        <translation>2.5 or 2:30</translation>
    </message>
    <message>
        <source>or &amp;from</source>
        <translation>or &amp;from</translation>
    </message>
    <message>
        <source>On the 24-hour clock, like 09:00</source>
        <translation>On the 24-hour clock, like 09:00</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>09:00</source>
        <translation>09:00</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>On the 24-hour clock, like 12:30</source>
        <translation>On the 24-hour clock, like 12:30</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>12:30</source>
        <translation>12:30</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>What the time is for</source>
        <translation>What the time is for</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Taken already, or a request and how far it has got</source>
        <translation>Taken already, or a request and how far it has got</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>What the time is for, in a few words: it goes on the Pro Forma</source>
        <translation>What the time is for, in a few words: it goes on the Pro Forma</translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation>General purpose</translation>
    </message>
    <message>
        <source>General purpose, e.g. grievance hearing for a member</source>
        <translation>General purpose, e.g. grievance hearing for a member</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Where: it goes on the Pro Forma</source>
        <translation>Where: it goes on the Pro Forma</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Notice given</translation>
    </message>
    <message>
        <source>Tick when notice was given, then give its date</source>
        <translation>Tick when notice was given, then give its date</translation>
    </message>
    <message>
        <source>&amp;Notice given on:</source>
        <translation>&amp;Notice given on:</translation>
    </message>
    <message>
        <source>The day management were told</source>
        <translation>The day management were told</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>Notice given on</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid time off, rather than unpaid</source>
        <translation>Paid time off, rather than unpaid</translation>
    </message>
    <message>
        <source>P&amp;aid</source>
        <translation>P&amp;aid</translation>
    </message>
    <message>
        <source>A conference</source>
        <translation>A conference</translation>
    </message>
    <message>
        <source>A union conference: three weeks&apos; notice is asked for (clause 12.5)</source>
        <translation>A union conference: three weeks&apos; notice is asked for (clause 12.5)</translation>
    </message>
    <message>
        <source>A con&amp;ference (3 weeks&apos; notice)</source>
        <translation>A con&amp;ference (3 weeks&apos; notice)</translation>
    </message>
    <message>
        <source>What this does to the allowance</source>
        <translation>What this does to the allowance</translation>
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
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>unionrep — recover your data</source>
        <translation>unionrep — recover your data</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The passphrase does not open the database</source>
        <translation>The passphrase does not open the database</translation>
    </message>
    <message>
        <source>What was found: {detail}</source>
        <translation>What was found: {detail}</translation>
    </message>
    <message>
        <source>The passphrase came from {variable}: correct it there, or unset it to be asked for the passphrase.</source>
        <translation>The passphrase came from {variable}: correct it there, or unset it to be asked for the passphrase.</translation>
    </message>
    <message>
        <source>{path} is encrypted, and the passphrase given does not open it. Nothing has been changed. Try again and type the passphrase carefully; if you are sure it is right, the file may be damaged, and a backup can take its place.</source>
        <translation>{path} is encrypted, and the passphrase given does not open it. Nothing has been changed. Try again and type the passphrase carefully; if you are sure it is right, the file may be damaged, and a backup can take its place.</translation>
    </message>
    <message>
        <source>Part of {path} cannot be read, so unionrep will not work on it: that could lose more. This can happen after a crash, a full disk or a failing drive. Nothing has been changed.</source>
        <translation>Part of {path} cannot be read, so unionrep will not work on it: that could lose more. This can happen after a crash, a full disk or a failing drive. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Recovering keeps the damaged file, untouched, beside the recovered one (named {name}.damaged-…), so that it can still be rescued.</source>
        <translation>Recovering keeps the damaged file, untouched, beside the recovered one (named {name}.damaged-…), so that it can still be rescued.</translation>
    </message>
    <message>
        <source>No good backup of it was found in {folder}. Choose a backup file if you have one elsewhere, or quit: the file stays as it is.</source>
        <translation>No good backup of it was found in {folder}. Choose a backup file if you have one elsewhere, or quit: the file stays as it is.</translation>
    </message>
    <message>
        <source>The newest good backup was made on {when}: {file}. Anything recorded after then will need entering again.</source>
        <translation>The newest good backup was made on {when}: {file}. Anything recorded after then will need entering again.</translation>
    </message>
    <message>
        <source>Recover from &amp;another backup…</source>
        <translation>Recover from &amp;another backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Try the passphrase again</source>
        <translation>&amp;Try the passphrase again</translation>
    </message>
    <message>
        <source>&amp;Recover from this backup</source>
        <translation>&amp;Recover from this backup</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>unionrep backups (*.db);;All files (*)</source>
        <translation>unionrep backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>That is the damaged database itself; choose a backup.</source>
        <translation>That is the damaged database itself; choose a backup.</translation>
    </message>
    <message>
        <source>Recovering from the backup…</source>
        <translation>Recovering from the backup…</translation>
    </message>
    <message>
        <source>Could not recover: {message}</source>
        <translation>Could not recover: {message}</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>{name}&apos;s request for {hours} h on {date} was refused.</source>
        <translation>{name}&apos;s request for {hours} h on {date} was refused.</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>Open a dispute</translation>
    </message>
    <message>
        <source>Record the refusal as it happened to open a dispute: the tribunal deadline is worked out from the refusal date.</source>
        <translation>Record the refusal as it happened to open a dispute: the tribunal deadline is worked out from the refusal date.</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Open dispute</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Record refusal</translation>
    </message>
    <message>
        <source>No reasons yet: clause 21.2 says the manager must explain them. Leave this empty only if none were given — that will be flagged.</source>
        <translation>No reasons yet: clause 21.2 says the manager must explain them. Leave this empty only if none were given — that will be flagged.</translation>
    </message>
    <message>
        <source>Record refusal and open a dispute</source>
        <translation>Record refusal and open a dispute</translation>
    </message>
    <message>
        <source>Refused on {date}</source>
        <translation>Refused on {date}</translation>
    </message>
    <message>
        <source> by {name}</source>
        <translation> by {name}</translation>
    </message>
    <message>
        <source>no reasons given</source>
        <translation>no reasons given</translation>
    </message>
    <message>
        <source>; alternative offered: {text}</source>
        <translation>; alternative offered: {text}</translation>
    </message>
    <message>
        <source>Record a refusal</source>
        <translation>Record a refusal</translation>
    </message>
    <message>
        <source>Refused &amp;on:</source>
        <translation>Refused &amp;on:</translation>
    </message>
    <message>
        <source>Refused on</source>
        <translation>Refused on</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Refused &amp;by:</source>
        <translation>Refused &amp;by:</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>Refused by</translation>
    </message>
    <message>
        <source>&amp;Reasons given:</source>
        <translation>&amp;Reasons given:</translation>
    </message>
    <message>
        <source>Reasons given for the refusal</source>
        <translation>Reasons given for the refusal</translation>
    </message>
    <message>
        <source>The reasons the manager gave in writing (clause 21.2)</source>
        <translation>The reasons the manager gave in writing (clause 21.2)</translation>
    </message>
    <message>
        <source>&amp;Alternative offered:</source>
        <translation>&amp;Alternative offered:</translation>
    </message>
    <message>
        <source>Alternative time offered</source>
        <translation>Alternative time offered</translation>
    </message>
    <message>
        <source>Any other time offered instead, or leave empty</source>
        <translation>Any other time offered instead, or leave empty</translation>
    </message>
    <message>
        <source>Open a &amp;dispute (the tribunal deadline is worked out from the refusal date)</source>
        <translation>Open a &amp;dispute (the tribunal deadline is worked out from the refusal date)</translation>
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
        <translation>unionrep cannot open {path}: its folder cannot be made ({reason}).</translation>
    </message>
    <message>
        <source>{path} is already open in another unionrep window (process {pid}). Only one window at a time may work on a database: switch to that window, or close it and start unionrep again.</source>
        <translation>{path} is already open in another unionrep window (process {pid}). Only one window at a time may work on a database: switch to that window, or close it and start unionrep again.</translation>
    </message>
    <message>
        <source>unionrep cannot open {path}: the lock file {lock} cannot be made there. Check that the folder is yours and can be written.</source>
        <translation>unionrep cannot open {path}: the lock file {lock} cannot be made there. Check that the folder is yours and can be written.</translation>
    </message>
    <message>
        <source>the file no longer begins as a database does</source>
        <translation>the file no longer begins as a database does</translation>
    </message>
    <message>
        <source>Recovered {path} from a backup; the damaged file is kept, untouched, as {aside}.</source>
        <translation>Recovered {path} from a backup; the damaged file is kept, untouched, as {aside}.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {message}</source>
        <translation>The automatic backup could not be made: {message}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Your data is saved, but the backup on closing could not be made: {message}</source>
        <translation>Your data is saved, but the backup on closing could not be made: {message}</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
</context>
<context>
    <name>RepActions</name>
    <message>
        <source>{text!r} is not a number</source>
        <translation>{text!r} is not a number</translation>
    </message>
    <message>
        <source>Reinstate rep</source>
        <translation>Reinstate rep</translation>
    </message>
    <message>
        <source>End rep</source>
        <translation>End rep</translation>
    </message>
    <message>
        <source>End {name} as a rep</source>
        <translation>End {name} as a rep</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Ended on:</translation>
    </message>
    <message>
        <source>The rep&apos;s records stay; they no longer appear on the dashboard. Roles still open can be ended on the Roles tab.</source>
        <translation>The rep&apos;s records stay; they no longer appear on the dashboard. Roles still open can be ended on the Roles tab.</translation>
    </message>
    <message>
        <source>Assign a role to {name}</source>
        <translation>Assign a role to {name}</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>&amp;Notified on:</translation>
    </message>
    <message>
        <source>The day the union told the employer in writing (clauses 4.1–4.2)</source>
        <translation>The day the union told the employer in writing (clauses 4.1–4.2)</translation>
    </message>
    <message>
        <source>&amp;Secondment %:</source>
        <translation>&amp;Secondment %:</translation>
    </message>
    <message>
        <source>branch secretary only, e.g. 50</source>
        <translation>branch secretary only, e.g. 50</translation>
    </message>
    <message>
        <source>{name} holds no open role to end.</source>
        <translation>{name} holds no open role to end.</translation>
    </message>
    <message>
        <source>End role</source>
        <translation>End role</translation>
    </message>
    <message>
        <source>End a role of {name}</source>
        <translation>End a role of {name}</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>Choose the role to edit in the list first.</source>
        <translation>Choose the role to edit in the list first.</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <source>{role} held by {name}</source>
        <translation>{role} held by {name}</translation>
    </message>
    <message>
        <source>Choose the extension to edit in the list first.</source>
        <translation>Choose the extension to edit in the list first.</translation>
    </message>
    <message>
        <source>Edit extension</source>
        <translation>Edit extension</translation>
    </message>
    <message>
        <source>Extension {case} for {name}</source>
        <translation>Extension {case} for {name}</translation>
    </message>
    <message>
        <source>Extra &amp;hours:</source>
        <translation>Extra &amp;hours:</translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Agreed on:</translation>
    </message>
    <message>
        <source>Agreed &amp;by:</source>
        <translation>Agreed &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Next review on:</source>
        <translation>&amp;Next review on:</translation>
    </message>
    <message>
        <source>&amp;Reviewed today ({day})</source>
        <translation>&amp;Reviewed today ({day})</translation>
    </message>
    <message>
        <source>Records the review and sets the next one: the review flag clears</source>
        <translation>Records the review and sets the next one: the review flag clears</translation>
    </message>
    <message>
        <source>Hours above the allowance agreed at the start of a detailed project or a complex case, reviewed regularly (clauses 11.1–11.2).</source>
        <translation>Hours above the allowance agreed at the start of a detailed project or a complex case, reviewed regularly (clauses 11.1–11.2).</translation>
    </message>
    <message>
        <source>assign a role first</source>
        <translation>assign a role first</translation>
    </message>
    <message>
        <source>Extension for {name}</source>
        <translation>Extension for {name}</translation>
    </message>
    <message>
        <source>&amp;Case reference:</source>
        <translation>&amp;Case reference:</translation>
    </message>
    <message>
        <source>e.g. EQ-PAY-2025</source>
        <translation>e.g. EQ-PAY-2025</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>Re&amp;view on:</translation>
    </message>
    <message>
        <source>Hours above the allowance agreed at the start of a detailed project or a complex case (clauses 11.1–11.2).</source>
        <translation>Hours above the allowance agreed at the start of a detailed project or a complex case (clauses 11.1–11.2).</translation>
    </message>
    <message>
        <source>Time off in lieu for {name}</source>
        <translation>Time off in lieu for {name}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>e.g. the consultative meeting ran past 5pm</source>
        <translation>e.g. the consultative meeting ran past 5pm</translation>
    </message>
    <message>
        <source>A management meeting that runs past normal finish, or is held on a day off, earns the same time back (clauses 14.3–14.4).</source>
        <translation>A management meeting that runs past normal finish, or is held on a day off, earns the same time back (clauses 14.3–14.4).</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Add a rep</source>
        <translation>Add a rep</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>NJC spinal column point</source>
        <translation>NJC spinal column point</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <source>New hours &amp;from</source>
        <translation>New hours &amp;from</translation>
    </message>
    <message>
        <source>New weekly hours from</source>
        <translation>New weekly hours from</translation>
    </message>
    <message>
        <source>The day a change of weekly hours starts: earlier days keep the hours they had</source>
        <translation>The day a change of weekly hours starts: earlier days keep the hours they had</translation>
    </message>
    <message>
        <source>The hourly rate of spinal column point {scp} ({pay}): set by the point chosen</source>
        <translation>The hourly rate of spinal column point {scp} ({pay}): set by the point chosen</translation>
    </message>
    <message>
        <source>e.g. 17.06</source>
        <translation>e.g. 17.06</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>The rep</source>
        <translation>The rep</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Employee number:</source>
        <translation>&amp;Employee number:</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Employee number</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>&amp;Union:</source>
        <translation>&amp;Union:</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hours, year and pay</source>
        <translation>Hours, year and pay</translation>
    </message>
    <message>
        <source>&amp;Weekly hours:</source>
        <translation>&amp;Weekly hours:</translation>
    </message>
    <message>
        <source>Contracted weekly hours</source>
        <translation>Contracted weekly hours</translation>
    </message>
    <message>
        <source>&amp;Full-time hours:</source>
        <translation>&amp;Full-time hours:</translation>
    </message>
    <message>
        <source>Full-time weekly hours</source>
        <translation>Full-time weekly hours</translation>
    </message>
    <message>
        <source>S&amp;chool-based (the year follows the academic year)</source>
        <translation>S&amp;chool-based (the year follows the academic year)</translation>
    </message>
    <message>
        <source>Academic year &amp;starts (MM-DD):</source>
        <translation>Academic year &amp;starts (MM-DD):</translation>
    </message>
    <message>
        <source>Academic year starts</source>
        <translation>Academic year starts</translation>
    </message>
    <message>
        <source>09-01</source>
        <translation>09-01</translation>
    </message>
    <message>
        <source>&amp;Pay:</source>
        <translation>&amp;Pay:</translation>
    </message>
    <message>
        <source>How pay is known</source>
        <translation>How pay is known</translation>
    </message>
    <message>
        <source>Spinal column &amp;point:</source>
        <translation>Spinal column &amp;point:</translation>
    </message>
    <message>
        <source>Spinal column point</source>
        <translation>Spinal column point</translation>
    </message>
    <message>
        <source>Hourly &amp;rate (£):</source>
        <translation>Hourly &amp;rate (£):</translation>
    </message>
    <message>
        <source>Hourly rate in pounds</source>
        <translation>Hourly rate in pounds</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Mana&amp;ger:</source>
        <translation>Mana&amp;ger:</translation>
    </message>
    <message>
        <source>Manager&apos;s e-ma&amp;il:</source>
        <translation>Manager&apos;s e-ma&amp;il:</translation>
    </message>
    <message>
        <source>Manager&apos;s e-mail</source>
        <translation>Manager&apos;s e-mail</translation>
    </message>
    <message>
        <source>Head of &amp;Service:</source>
        <translation>Head of &amp;Service:</translation>
    </message>
    <message>
        <source>Head of Service</source>
        <translation>Head of Service</translation>
    </message>
    <message>
        <source>Head of Service&apos;s e-mai&amp;l:</source>
        <translation>Head of Service&apos;s e-mai&amp;l:</translation>
    </message>
    <message>
        <source>Head of Service&apos;s e-mail</source>
        <translation>Head of Service&apos;s e-mail</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <translation>Edit…</translation>
    </message>
    <message>
        <source>End rep…</source>
        <translation>End rep…</translation>
    </message>
    <message>
        <source>The rep&apos;s records</source>
        <translation>The rep&apos;s records</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>&amp;Allowances</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;oles</translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation>E&amp;xtensions</translation>
    </message>
    <message>
        <source>&amp;TOIL</source>
        <translation>&amp;TOIL</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>H&amp;istory</translation>
    </message>
    <message>
        <source>Choose a rep on the left, or add one.</source>
        <translation>Choose a rep on the left, or add one.</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>Year shown</translation>
    </message>
    <message>
        <source>The rep&apos;s allowances this year</source>
        <translation>The rep&apos;s allowances this year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Notified to the employer</source>
        <translation>Notified to the employer</translation>
    </message>
    <message>
        <source>Secondment</source>
        <translation>Secondment</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>Roles held</translation>
    </message>
    <message>
        <source>Assign role…</source>
        <translation>Assign role…</translation>
    </message>
    <message>
        <source>End role…</source>
        <translation>End role…</translation>
    </message>
    <message>
        <source>Edit role…</source>
        <translation>Edit role…</translation>
    </message>
    <message>
        <source>Correct the dates, the day the employer was told or the secondment (Enter or a double click does the same)</source>
        <translation>Correct the dates, the day the employer was told or the secondment (Enter or a double click does the same)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Extra hours</source>
        <translation>Extra hours</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Extensions agreed (clauses 11.1–11.2)</source>
        <translation>Extensions agreed (clauses 11.1–11.2)</translation>
    </message>
    <message>
        <source>Add extension…</source>
        <translation>Add extension…</translation>
    </message>
    <message>
        <source>Edit or review…</source>
        <translation>Edit or review…</translation>
    </message>
    <message>
        <source>Change the hours or the agreement, set the next review, or record that it was reviewed today</source>
        <translation>Change the hours or the agreement, set the next review, or record that it was reviewed today</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Earned or taken</source>
        <translation>Earned or taken</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Time off in lieu</source>
        <translation>Time off in lieu</translation>
    </message>
    <message>
        <source>Record TOIL…</source>
        <translation>Record TOIL…</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>earned</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>taken</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <source>TOIL earned {earned} h, taken {taken} h: {owed} h owed to {name}.</source>
        <translation>TOIL earned {earned} h, taken {taken} h: {owed} h owed to {name}.</translation>
    </message>
    <message>
        <source>Employee no. {no}</source>
        <translation>Employee no. {no}</translation>
    </message>
    <message>
        <source>full time, {hours} h a week</source>
        <translation>full time, {hours} h a week</translation>
    </message>
    <message>
        <source>part time, {hours} of {full} h a week</source>
        <translation>part time, {hours} of {full} h a week</translation>
    </message>
    <message>
        <source>school year from {start}</source>
        <translation>school year from {start}</translation>
    </message>
    <message>
        <source>year from 1 April</source>
        <translation>year from 1 April</translation>
    </message>
    <message>
        <source>SCP {scp}, £{rate} an hour</source>
        <translation>SCP {scp}, £{rate} an hour</translation>
    </message>
    <message>
        <source>£{rate} an hour</source>
        <translation>£{rate} an hour</translation>
    </message>
    <message>
        <source>manager {name}</source>
        <translation>manager {name}</translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation>ended {date}</translation>
    </message>
    <message>
        <source>Weekly hours: {history}</source>
        <translation>Weekly hours: {history}</translation>
    </message>
    <message>
        <source>{hours} h from the start</source>
        <translation>{hours} h from the start</translation>
    </message>
    <message>
        <source>{hours} h from {date}</source>
        <translation>{hours} h from {date}</translation>
    </message>
    <message>
        <source>{label} (this year)</source>
        <translation>{label} (this year)</translation>
    </message>
    <message>
        <source>Facility time this year costs {cost}.</source>
        <translation>Facility time this year costs {cost}.</translation>
    </message>
    <message>
        <source>The rep&apos;s details</source>
        <translation>The rep&apos;s details</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <source>Extension {case}</source>
        <translation>Extension {case}</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No changes recorded.</translation>
    </message>
</context>
<context>
    <name>RepsView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles now</source>
        <translation>Roles now</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Find a rep</source>
        <translation>Find a rep</translation>
    </message>
    <message>
        <source>Shows only the reps whose names hold what you type</source>
        <translation>Shows only the reps whose names hold what you type</translation>
    </message>
    <message>
        <source>Show reps who have ended</source>
        <translation>Show reps who have ended</translation>
    </message>
    <message>
        <source>Add rep…</source>
        <translation>Add rep…</translation>
    </message>
    <message>
        <source>Year shown…</source>
        <translation>Year shown…</translation>
    </message>
    <message>
        <source>Reps &amp; roles</source>
        <translation>Reps &amp; roles</translation>
    </message>
    <message>
        <source>{name} (ended)</source>
        <translation>{name} (ended)</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translation>Include drafts</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Mark the draft as requested (today is recorded as the notice date)</source>
        <translation>Mark the draft as requested (today is recorded as the notice date)</translation>
    </message>
    <message>
        <source>Pro Forma…</source>
        <translation>Pro Forma…</translation>
    </message>
    <message>
        <source>See the Pro Forma Request&apos;s pages, then save it as a PDF or open it in your viewer</source>
        <translation>See the Pro Forma Request&apos;s pages, then save it as a PDF or open it in your viewer</translation>
    </message>
    <message>
        <source>Save the Pro Forma Request as a PDF and open it</source>
        <translation>Save the Pro Forma Request as a PDF and open it</translation>
    </message>
    <message>
        <source>Language of the Pro Forma</source>
        <translation>Language of the Pro Forma</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>Bilingual</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>Record approval</translation>
    </message>
    <message>
        <source>Record refusal…</source>
        <translation>Record refusal…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the Pro Forma…</source>
        <translation>Language of the Pro Forma…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>{days} ago</source>
        <translation>{days} ago</translation>
    </message>
    <message>
        <source>Refusal recorded and a dispute opened: see Disputes (Ctrl+5).</source>
        <translation>Refusal recorded and a dispute opened: see Disputes (Ctrl+5).</translation>
    </message>
    <message>
        <source>Save the Pro Forma</source>
        <translation>Save the Pro Forma</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the Pro Forma…</source>
        <translation>Making the Pro Forma…</translation>
    </message>
    <message>
        <source>Pro Forma {reference}</source>
        <translation>Pro Forma {reference}</translation>
    </message>
    <message>
        <source>Pro Forma saved to {path}</source>
        <translation>Pro Forma saved to {path}</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Represent a member at a grievance hearing</source>
        <translation>Represent a member at a grievance hearing</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Building the search index… {percent} %</source>
        <translation>Building the search index… {percent} %</translation>
    </message>
    <message>
        <source>The search index is ready.</source>
        <translation>The search index is ready.</translation>
    </message>
    <message>
        <source>The search index could not be built: {message}. Searching still works, more slowly.</source>
        <translation>The search index could not be built: {message}. Searching still works, more slowly.</translation>
    </message>
</context>
<context>
    <name>SettingsPolicy</name>
    <message>
        <source>Allowances</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pro rata</source>
        <translation>Pro rata</translation>
    </message>
    <message>
        <source>Part year</source>
        <translation>Part year</translation>
    </message>
    <message>
        <source>Combined cap</source>
        <translation>Combined cap</translation>
    </message>
    <message>
        <source>Leave empty for no amount (a secondment share, or none set yet)</source>
        <translation>Leave empty for no amount (a secondment share, or none set yet)</translation>
    </message>
    <message>
        <source>Tribunal time limits</source>
        <translation>Tribunal time limits</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>For refusals from (YYYY-MM-DD)</source>
        <translation>For refusals from (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Add a limit</source>
        <translation>Add a limit</translation>
    </message>
    <message>
        <source>A new limit that applies to refusals from a later date</source>
        <translation>A new limit that applies to refusals from a later date</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Allowances (hours, days or meetings a year)</source>
        <translation>Allowances (hours, days or meetings a year)</translation>
    </message>
    <message>
        <source>Employment Tribunal time limit</source>
        <translation>Employment Tribunal time limit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field, and can be undone with Ctrl+Z.</source>
        <translation>Every change is saved as soon as you leave the field, and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Policy profile</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <source>Organisation (English):</source>
        <translation>Organisation (English):</translation>
    </message>
    <message>
        <source>Organisation in English</source>
        <translation>Organisation in English</translation>
    </message>
    <message>
        <source>Organisation (Welsh):</source>
        <translation>Organisation (Welsh):</translation>
    </message>
    <message>
        <source>Organisation in Welsh</source>
        <translation>Organisation in Welsh</translation>
    </message>
    <message>
        <source>Years, caps and flags</source>
        <translation>Years, caps and flags</translation>
    </message>
    <message>
        <source>Non-school staff year:</source>
        <translation>Non-school staff year:</translation>
    </message>
    <message>
        <source>1 April – 31 March</source>
        <translation>1 April – 31 March</translation>
    </message>
    <message>
        <source>School year starts (MM-DD):</source>
        <translation>School year starts (MM-DD):</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>School year starts</translation>
    </message>
    <message>
        <source>School-based staff follow the academic year (clauses 6.5, 6.9)</source>
        <translation>School-based staff follow the academic year (clauses 6.5, 6.9)</translation>
    </message>
    <message>
        <source>Full-time week (hours):</source>
        <translation>Full-time week (hours):</translation>
    </message>
    <message>
        <source>Full-time week in hours</source>
        <translation>Full-time week in hours</translation>
    </message>
    <message>
        <source>Part-timers&apos; allowances are pro-rated against this (NJC Green Book: 37)</source>
        <translation>Part-timers&apos; allowances are pro-rated against this (NJC Green Book: 37)</translation>
    </message>
    <message>
        <source>Combined cap (hours):</source>
        <translation>Combined cap (hours):</translation>
    </message>
    <message>
        <source>Combined cap in hours</source>
        <translation>Combined cap in hours</translation>
    </message>
    <message>
        <source>A steward who also holds H&amp;S, learning or I&amp;C may not exceed this in total (8.1, 9.1, 10.3)</source>
        <translation>A steward who also holds H&amp;S, learning or I&amp;C may not exceed this in total (8.1, 9.1, 10.3)</translation>
    </message>
    <message>
        <source>Pro-rate the combined cap for part-timers</source>
        <translation>Pro-rate the combined cap for part-timers</translation>
    </message>
    <message>
        <source>Flag when within (% of a cap):</source>
        <translation>Flag when within (% of a cap):</translation>
    </message>
    <message>
        <source>Near-cap warning percentage</source>
        <translation>Near-cap warning percentage</translation>
    </message>
    <message>
        <source>Conference notice (days):</source>
        <translation>Conference notice (days):</translation>
    </message>
    <message>
        <source>Conference notice in days</source>
        <translation>Conference notice in days</translation>
    </message>
    <message>
        <source>Clause 12.5: three weeks</source>
        <translation>Clause 12.5: three weeks</translation>
    </message>
    <message>
        <source>Answer due after (working days):</source>
        <translation>Answer due after (working days):</translation>
    </message>
    <message>
        <source>Working days for an answer</source>
        <translation>Working days for an answer</translation>
    </message>
    <message>
        <source>Management-arranged meetings count against the allowance</source>
        <translation>Management-arranged meetings count against the allowance</translation>
    </message>
    <message>
        <source>Clauses 6.6–6.7 read as not counting them (the default)</source>
        <translation>Clauses 6.6–6.7 read as not counting them (the default)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Your role in the union:</source>
        <translation>Your role in the union:</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>Union:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Your e-mail:</source>
        <translation>Your e-mail:</translation>
    </message>
    <message>
        <source>Your phone:</source>
        <translation>Your phone:</translation>
    </message>
    <message>
        <source>What this database is</source>
        <translation>What this database is</translation>
    </message>
    <message>
        <source>A steward&apos;s own log</source>
        <translation>A steward&apos;s own log</translation>
    </message>
    <message>
        <source>The branch&apos;s book (every rep)</source>
        <translation>The branch&apos;s book (every rep)</translation>
    </message>
    <message>
        <source>This database is:</source>
        <translation>This database is:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The interface changes to it at once</source>
        <translation>The interface changes to it at once</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>This is the demo branch: it is thrown away when unionrep closes.</source>
        <translation>This is the demo branch: it is thrown away when unionrep closes.</translation>
    </message>
    <message>
        <source>Not saved — {error}</source>
        <translation>Not saved — {error}</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>meetings</translation>
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
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
