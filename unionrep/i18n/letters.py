"""Every sentence of the escalation letters (keys "letter.…"). ``{name}`` fields are filled with
plain text (escaped when laid out); the rep's own words are quoted as typed. unionrep.pdf.letter_texts
picks a sentence and fills it, each language with its own values."""

from __future__ import annotations

from unionrep.i18n.text import Text

LETTER_TEXTS: dict[str, Text] = {
    "letter.title": Text(en="Escalation letter", cy="Llythyr uwchgyfeirio"),
    "letter.our_ref": Text(en="Our ref.", cy="Ein cyf."),
    "letter.date": Text(en="Date", cy="Dyddiad"),
    "letter.dear": Text(en="Dear {name},", cy="Annwyl {name},"),
    "letter.dear_unnamed": Text(en="Dear Sir or Madam,", cy="Annwyl Syr/Fadam,"),
    "letter.yours": Text(en="Yours sincerely,", cy="Yn gywir,"),
    "letter.yours_unnamed": Text(en="Yours faithfully,", cy="Yn gywir,"),
    "letter.copy_to": Text(en="Copy to", cy="Copi at"),
    # subjects
    "letter.subject.refusal.0": Text(
        en="Request for the reasons for refusing time off on {date} (clause 21.2)",
        cy="Cais am y rhesymau dros wrthod amser i ffwrdd ar {date} (cymal 21.2)",
    ),
    "letter.subject.refusal.1": Text(
        en="Referral of the refusal of time off on {date} to a senior manager (clause 21.3)",
        cy="Cyfeirio'r penderfyniad i wrthod amser i ffwrdd ar {date} at uwch reolwr (cymal 21.3)",
    ),
    "letter.subject.refusal.2": Text(
        en="Referral of the refusal of time off on {date} to the Head of Strategic HR (clause 21.3)",
        cy="Cyfeirio'r penderfyniad i wrthod amser i ffwrdd ar {date} at y Pennaeth AD Strategol (cymal "
           "21.3)",
    ),
    "letter.subject.complaint.0": Text(
        en="Complaint about the operation of the Time Off and Facilities Agreement (clause 22.1)",
        cy="Cwyn am weithredu'r Cytundeb Amser i Ffwrdd a Chyfleusterau (cymal 22.1)",
    ),
    "letter.subject.complaint.1": Text(
        en="Unresolved complaint about the operation of the Time Off and Facilities Agreement (clause 22.1)",
        cy="Cwyn heb ei datrys am weithredu'r Cytundeb Amser i Ffwrdd a Chyfleusterau (cymal 22.1)",
    ),
    # addressees' posts
    "letter.post.refusal.0": Text(en="Line manager", cy="Rheolwr llinell"),
    "letter.post.refusal.1": Text(en="Appropriate senior manager", cy="Uwch reolwr priodol"),
    "letter.post.refusal.2": Text(en="Head of Strategic HR", cy="Pennaeth AD Strategol"),
    "letter.post.complaint.0": Text(
        en="Accountable manager / head of department",
        cy="Rheolwr atebol / pennaeth yr adran",
    ),
    "letter.post.complaint.1": Text(en="Head of Strategic HR", cy="Pennaeth AD Strategol"),
    # openings
    "letter.open.refusal.0": Text(
        en="I am writing in my capacity as {capacity} about my request for time off on {date}, which was "
           "refused on {failure}.",
        cy="Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity} ynghylch fy nghais am amser i ffwrdd "
           "ar {date}, a wrthodwyd ar {failure}.",
    ),
    "letter.open.refusal.1": Text(
        en="I am writing in my capacity as {capacity}. My request for time off on {date} was refused, "
           "and I am not satisfied with the decision. In line with clause 21.3 of the {org} Time Off and "
           "Facilities Agreement, I am referring the matter to you as the appropriate senior manager and "
           "ask you to review the decision.",
        cy="Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity}. Gwrthodwyd fy nghais am amser i "
           "ffwrdd ar {date}, ac nid wyf yn fodlon â'r penderfyniad. Yn unol â chymal 21.3 o Gytundeb "
           "Amser i Ffwrdd a Chyfleusterau {org}, rwy'n cyfeirio'r mater atoch chi fel yr uwch reolwr "
           "priodol ac yn gofyn i chi ailystyried y penderfyniad.",
    ),
    "letter.open.refusal.2": Text(
        en="I am writing in my capacity as {capacity}. My request for time off on {date} was refused. I "
           "referred the matter to the appropriate senior manager, but it has not been possible to reach "
           "agreement. In line with clause 21.3 of the {org} Time Off and Facilities Agreement, I am "
           "referring the matter to you as Head of Strategic HR.",
        cy="Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity}. Gwrthodwyd fy nghais am amser i "
           "ffwrdd ar {date}. Cyfeiriais y mater at yr uwch reolwr priodol, ond ni fu modd dod i "
           "gytundeb. Yn unol â chymal 21.3 o Gytundeb Amser i Ffwrdd a Chyfleusterau {org}, rwy'n "
           "cyfeirio'r mater atoch chi fel Pennaeth AD Strategol.",
    ),
    "letter.open.complaint.0": Text(
        en="I am writing in my capacity as {capacity}. In line with clause 22.1 of the {org} Time Off "
           "and Facilities Agreement, I wish to raise with you, as the accountable manager or head of "
           "department, a disagreement about the way the agreement is being operated.",
        cy="Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity}. Yn unol â chymal 22.1 o Gytundeb "
           "Amser i Ffwrdd a Chyfleusterau {org}, hoffwn godi gyda chi, fel y rheolwr atebol neu "
           "bennaeth yr adran, anghytundeb ynghylch y ffordd y mae'r cytundeb yn cael ei weithredu.",
    ),
    "letter.open.complaint.1": Text(
        en="I am writing in my capacity as {capacity}. I raised a disagreement about the operation of "
           "the {org} Time Off and Facilities Agreement with the accountable manager, but the matter "
           "remains unresolved. In line with clause 22.1, I wish to discuss the problem with you as Head "
           "of Strategic HR.",
        cy="Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity}. Codais anghytundeb ynghylch "
           "gweithredu Cytundeb Amser i Ffwrdd a Chyfleusterau {org} gyda'r rheolwr atebol, ond mae'r "
           "mater heb ei ddatrys o hyd. Yn unol â chymal 22.1, hoffwn drafod y broblem gyda chi fel "
           "Pennaeth AD Strategol.",
    ),
    # the facts
    "letter.h.facts": Text(en="The facts", cy="Y ffeithiau"),
    "letter.f.date": Text(en="Date of the time off", cy="Dyddiad yr amser i ffwrdd"),
    "letter.f.times": Text(en="Times", cy="Amser"),
    "letter.f.duration": Text(en="Duration", cy="Hyd"),
    "letter.f.location": Text(en="Location", cy="Lleoliad"),
    "letter.f.purpose": Text(en="General purpose", cy="Diben cyffredinol"),
    "letter.f.category": Text(en="Category", cy="Categori"),
    "letter.f.pay": Text(en="Pay", cy="Tâl"),
    "letter.f.requested": Text(en="Request made on", cy="Gwnaed y cais ar"),
    "letter.f.refused": Text(en="Refused on", cy="Gwrthodwyd ar"),
    "letter.f.refused_by": Text(en="Refused by", cy="Gwrthodwyd gan"),
    "letter.f.reasons": Text(en="Reasons given", cy="Y rhesymau a roddwyd"),
    "letter.f.no_reasons": Text(en="None – no reason was given", cy="Dim – ni roddwyd rheswm"),
    "letter.f.alternative": Text(en="Alternative offered", cy="Amser arall a gynigiwyd"),
    "letter.f.proforma": Text(en="Pro Forma reference", cy="Cyfeirnod y Pro Fforma"),
    "letter.f.failure": Text(en="Date of the failure", cy="Dyddiad y methiant"),
    "letter.f.matter": Text(en="The matter", cy="Y mater"),
    "letter.f.people": Text(en="People involved", cy="Y bobl dan sylw"),
    "letter.f.management": Text(en="Management's position", cy="Safbwynt y rheolwyr"),
    # {n}: a count of days, in Welsh with its noun mutated as it is said ('2 ddiwrnod', _days)
    "letter.notice_days": Text(en="{date} ({n} days' notice)", cy="{date} ({n} o rybudd)"),
    "letter.notice_day": Text(en="{date} ({n} day's notice)", cy="{date} ({n} o rybudd)"),
    "letter.none": Text(en="None", cy="Dim"),
    "letter.no_reasons": Text(
        en="No reason was given for refusing the request. Clause 21.2 provides that where permission to "
           "take time off is withheld, the appropriate management representative will explain the reason "
           "or reasons.",
        cy="Ni roddwyd unrhyw reswm dros wrthod y cais. Mae cymal 21.2 yn nodi, pan fydd caniatâd i "
           "gymryd amser i ffwrdd yn cael ei atal, y bydd y cynrychiolydd rheoli priodol yn egluro'r "
           "rheswm neu'r rhesymau.",
    ),
    "letter.reasons_not_accepted": Text(
        en="I do not accept that the reasons given justify refusing the request.",
        cy="Nid wyf yn derbyn bod y rhesymau a roddwyd yn cyfiawnhau gwrthod y cais.",
    ),
    "letter.no_alternative": Text(
        en="No alternative time was offered in place of the time I asked for.",
        cy="Ni chynigiwyd amser arall yn lle'r amser y gofynnais amdano.",
    ),
    "letter.within_on_notice": Text(
        en="The request was within my allowance for {year} and was made with notice, so there is no "
           "reasonable ground for refusing it (clause 6.2).",
        cy="Roedd y cais o fewn fy lwfans ar gyfer {year}, a rhoddais rybudd ymlaen llaw, felly nid oes "
           "sail resymol dros ei wrthod (cymal 6.2).",
    ),
    "letter.within": Text(
        en="The request was within my allowance for {year}.",
        cy="Roedd y cais o fewn fy lwfans ar gyfer {year}.",
    ),
    "letter.told_manager": Text(
        en="When making the request I told my manager the general purpose, the location, the time and "
           "how long I would need, as clause 18.1 requires.",
        cy="Wrth wneud y cais rhoddais wybod i'm rheolwr am y diben cyffredinol, y lleoliad, yr amser a "
           "faint o amser y byddai ei angen, fel y mae cymal 18.1 yn ei ofyn.",
    ),
    # the steps so far
    "letter.h.so_far": Text(en="The steps so far", cy="Y camau hyd yma"),
    "letter.s.step": Text(en="Step", cy="Cam"),
    "letter.s.raised": Text(en="Raised on", cy="Codwyd ar"),
    "letter.s.with": Text(en="With", cy="Gyda"),
    "letter.s.response": Text(en="Response", cy="Ymateb"),
    "letter.s.no_response": Text(
        en="No response (it was due by {due})",
        cy="Dim ymateb (roedd yn ddyledus erbyn {due})",
    ),
    "letter.s.answered": Text(en="{date}: {response}", cy="{date}: {response}"),
    "letter.s.answered_blank": Text(en="Answered on {date}", cy="Ymatebwyd ar {date}"),
    # the clauses relied on
    "letter.h.clauses": Text(
        en="The clauses and legislation I rely on",
        cy="Y cymalau a'r ddeddfwriaeth rwy'n dibynnu arnynt",
    ),
    "letter.c.6.2": Text(
        en="Clause 6.2 – it is agreed that requests for time off will not be unreasonably refused.",
        cy="Cymal 6.2 – cytunir na fydd ceisiadau am amser i ffwrdd yn cael eu gwrthod yn afresymol.",
    ),
    "letter.c.18.1": Text(
        en="Clause 18.1 – before taking time off, representatives must obtain their manager's "
           "permission, stating the general purpose of the time off, the location, the time and how long "
           "it will take.",
        cy="Cymal 18.1 – cyn cymryd amser i ffwrdd, mae'n rhaid i gynrychiolwyr gael caniatâd eu "
           "rheolwr, gan roi gwybod am ddiben cyffredinol yr amser i ffwrdd, y lleoliad, yr amser a "
           "faint o amser y bydd ei angen.",
    ),
    "letter.c.21": Text(
        en="Clauses 21.2–21.4 – the reason or reasons for withholding time off must be explained; the "
           "matter may be referred to the appropriate senior manager and then to the Head of Strategic "
           "HR; and the employer recognises representatives' right to take a claim to an Employment "
           "Tribunal.",
        cy="Cymalau 21.2–21.4 – rhaid egluro'r rheswm neu'r rhesymau dros atal amser i ffwrdd; gellir "
           "cyfeirio'r mater at yr uwch reolwr priodol ac wedyn at y Pennaeth AD Strategol; ac mae'r "
           "Sefydliad yn cydnabod hawl cynrychiolwyr i fynd â hawliad i Dribiwnlys Cyflogaeth.",
    ),
    "letter.c.22": Text(
        en="Clause 22.1 – a disagreement about any aspect of the agreement should first be raised with "
           "the accountable manager or head of department, and if it remains unresolved the "
           "representative should discuss it with the Head of Strategic HR.",
        cy="Cymal 22.1 – dylid codi anghytundeb am unrhyw agwedd ar y cytundeb gyda'r rheolwr atebol neu "
           "bennaeth yr adran, ac os bydd y mater heb ei ddatrys, dylai'r cynrychiolydd ei drafod gyda'r "
           "Pennaeth AD Strategol.",
    ),
    "letter.s168": Text(
        en="Section 168 of the Trade Union and Labour Relations (Consolidation) Act 1992 (“the 1992 "
           "Act”) – trade union officials are entitled to reasonable time off during working hours to "
           "carry out trade union duties, with pay under section 169, having regard to the ACAS Code of "
           "Practice.",
        cy="Adran 168 o Ddeddf Undebau Llafur a Chysylltiadau Llafur (Cydgrynhoi) 1992 (“Deddf 1992”) – "
           "mae gan swyddogion undebau llafur hawl i amser i ffwrdd rhesymol yn ystod oriau gwaith i "
           "gyflawni dyletswyddau undeb llafur, gyda thâl o dan adran 169, gan roi sylw i God Ymarfer "
           "ACAS.",
    ),
    "letter.s168A": Text(
        en="Section 168A of the Trade Union and Labour Relations (Consolidation) Act 1992 (“the 1992 "
           "Act”) – union learning representatives are entitled to reasonable paid time off to carry out "
           "their functions and to undergo training.",
        cy="Adran 168A o Ddeddf Undebau Llafur a Chysylltiadau Llafur (Cydgrynhoi) 1992 (“Deddf 1992”) – "
           "mae gan gynrychiolwyr dysgu'r undeb hawl i amser i ffwrdd rhesymol gyda thâl i gyflawni eu "
           "swyddogaethau ac i gael hyfforddiant.",
    ),
    "letter.s170": Text(
        en="Section 170 of the Trade Union and Labour Relations (Consolidation) Act 1992 (“the 1992 "
           "Act”) – members of a recognised trade union are entitled to reasonable time off to take part "
           "in the union's activities.",
        cy="Adran 170 o Ddeddf Undebau Llafur a Chysylltiadau Llafur (Cydgrynhoi) 1992 (“Deddf 1992”) – "
           "mae gan aelodau undeb llafur cydnabyddedig hawl i amser i ffwrdd rhesymol i gymryd rhan yng "
           "ngweithgareddau'r undeb.",
    ),
    "letter.reg4": Text(
        en="Regulation 4(2) of the Safety Representatives and Safety Committees Regulations 1977 – "
           "safety representatives are entitled to paid time off to perform their functions and to "
           "undergo training.",
        cy="Rheoliad 4(2) o Reoliadau Cynrychiolwyr Diogelwch a Phwyllgorau Diogelwch 1977 – mae gan "
           "gynrychiolwyr diogelwch hawl i amser i ffwrdd gyda thâl i gyflawni eu swyddogaethau ac i "
           "gael hyfforddiant.",
    ),
    "letter.s171": Text(
        en="Section 171 of the 1992 Act – a complaint must be presented to an Employment Tribunal within "
           "{months} months of the date of the failure, extended where ACAS early conciliation applies.",
        cy="Adran 171 o Ddeddf 1992 – rhaid cyflwyno cwyn i Dribiwnlys Cyflogaeth o fewn {months} mis i "
           "ddyddiad y methiant, wedi'i ymestyn lle mae cymodi cynnar ACAS yn berthnasol.",
    ),
    # what is asked
    "letter.h.ask": Text(en="What I ask", cy="Yr hyn rwy'n gofyn amdano"),
    "letter.ask.refusal.0": Text(
        en="I ask you to reconsider your decision and, if it stands, to give me the reason or reasons in "
           "writing as clause 21.2 requires. I would be grateful for a written response within {n} "
           "working days, by {due} at the latest.",
        cy="Gofynnaf i chi ailystyried eich penderfyniad ac, os yw'n sefyll, roi'r rheswm neu'r rhesymau "
           "i mi yn ysgrifenedig fel y mae cymal 21.2 yn ei ofyn. Byddwn yn ddiolchgar am ymateb "
           "ysgrifenedig o fewn {n} gwaith, erbyn {due} fan bellaf.",
    ),
    "letter.ask.grant": Text(
        en="I ask you to grant the time off I requested for {date}, and to give me a written response "
           "within {n} working days, by {due} at the latest.",
        cy="Gofynnaf i chi ganiatáu'r amser i ffwrdd y gofynnais amdano ar gyfer {date}, a rhoi ymateb "
           "ysgrifenedig i mi o fewn {n} gwaith, erbyn {due} fan bellaf.",
    ),
    "letter.ask.passed": Text(
        en="As {date} has passed, I ask you to confirm that the time should have been granted, to agree "
           "equivalent time in its place, and to give me a written response within {n} working days, by "
           "{due} at the latest.",
        cy="Gan fod {date} wedi mynd heibio, gofynnaf i chi gadarnhau y dylai'r amser fod wedi'i "
           "ganiatáu, cytuno ar amser cyfatebol yn ei le, a rhoi ymateb ysgrifenedig i mi o fewn {n} "
           "gwaith, erbyn {due} fan bellaf.",
    ),
    "letter.ask.complaint": Text(
        en="I ask you to look into the matter and to give me a written response within {n} working days, "
           "by {due} at the latest.",
        cy="Gofynnaf i chi ymchwilio i'r mater a rhoi ymateb ysgrifenedig i mi o fewn {n} gwaith, erbyn "
           "{due} fan bellaf.",
    ),
    # the tribunal time limit
    "letter.h.tribunal": Text(en="Tribunal time limit", cy="Terfyn amser y tribiwnlys"),
    "letter.tribunal.refusal": Text(
        en="The time limit for presenting a complaint to an Employment Tribunal runs from the date of "
           "the refusal, {failure}, and this internal procedure does not pause it. The last day to "
           "present a complaint is {last_day}. To protect my rights, I will contact ACAS to start early "
           "conciliation before that date if the matter has not been resolved.",
        cy="Mae'r terfyn amser ar gyfer cyflwyno cwyn i Dribiwnlys Cyflogaeth yn rhedeg o ddyddiad y "
           "gwrthod, {failure}, ac nid yw'r drefn fewnol hon yn ei atal. Y diwrnod olaf i gyflwyno cwyn "
           "yw {last_day}. Er mwyn diogelu fy hawliau, byddaf yn cysylltu ag ACAS i ddechrau cymodi "
           "cynnar cyn y dyddiad hwnnw os na fydd y mater wedi'i ddatrys.",
    ),
    "letter.tribunal.complaint": Text(
        en="The time limit for presenting a complaint to an Employment Tribunal runs from the date of "
           "the failure, {failure}, and this internal procedure does not pause it. The last day to "
           "present a complaint is {last_day}. To protect my rights, I will contact ACAS to start early "
           "conciliation before that date if the matter has not been resolved.",
        cy="Mae'r terfyn amser ar gyfer cyflwyno cwyn i Dribiwnlys Cyflogaeth yn rhedeg o ddyddiad y "
           "methiant, {failure}, ac nid yw'r drefn fewnol hon yn ei atal. Y diwrnod olaf i gyflwyno cwyn "
           "yw {last_day}. Er mwyn diogelu fy hawliau, byddaf yn cysylltu ag ACAS i ddechrau cymodi "
           "cynnar cyn y dyddiad hwnnw os na fydd y mater wedi'i ddatrys.",
    ),
    "letter.tribunal.acas_pending": Text(
        en="ACAS early conciliation began on {day_a}. The time limit is paused until the certificate is "
           "issued, and will be at least one month after the certificate's date.",
        cy="Dechreuodd cymodi cynnar ACAS ar {day_a}. Mae'r terfyn amser wedi'i oedi hyd nes y daw'r "
           "dystysgrif, a bydd o leiaf fis ar ôl dyddiad y dystysgrif.",
    ),
    "letter.tribunal.how": Text(
        en="How the date was reached: {rule}.",
        cy="Sut y cyfrifwyd y dyddiad: {rule}.",
    ),
    "letter.closing": Text(en="I look forward to your response.", cy="Edrychaf ymlaen at gael eich ymateb."),
}
