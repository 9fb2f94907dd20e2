"""The wording of the escalation letters: every sentence in Welsh and English (``LETTER``), and
the helpers that pick a sentence and fill in its fields, each language with its own values.

unionrep.pdf.letters gathers a dispute's facts and lays the letter out with these.
"""

from __future__ import annotations

from unionrep.core.deadlines import days_cy
from unionrep.pdf.labels import Bilingual

# Every sentence of the letters, (Welsh, English). ``{name}`` fields are filled with plain text
# (escaped when laid out); the rep's own words are quoted as typed.
LETTER: dict[str, tuple[str, str]] = {
    "title": ("Llythyr uwchgyfeirio", "Escalation letter"),
    "our_ref": ("Ein cyf.", "Our ref."),
    "date": ("Dyddiad", "Date"),
    "dear": ("Annwyl {name},", "Dear {name},"),
    "dear_unnamed": ("Annwyl Syr/Fadam,", "Dear Sir or Madam,"),
    "yours": ("Yn gywir,", "Yours sincerely,"),
    "yours_unnamed": ("Yn gywir,", "Yours faithfully,"),
    "copy_to": ("Copi at", "Copy to"),
    # subjects
    "subject.refusal.0": (
        "Cais am y rhesymau dros wrthod amser i ffwrdd ar {date} (cymal 21.2)",
        "Request for the reasons for refusing time off on {date} (clause 21.2)",
    ),
    "subject.refusal.1": (
        "Cyfeirio'r penderfyniad i wrthod amser i ffwrdd ar {date} at uwch reolwr (cymal 21.3)",
        "Referral of the refusal of time off on {date} to a senior manager (clause 21.3)",
    ),
    "subject.refusal.2": (
        "Cyfeirio'r penderfyniad i wrthod amser i ffwrdd ar {date} at y Pennaeth AD Strategol "
        "(cymal 21.3)",
        "Referral of the refusal of time off on {date} to the Head of Strategic HR (clause 21.3)",
    ),
    "subject.complaint.0": (
        "Cwyn am weithredu'r Cytundeb Amser i Ffwrdd a Chyfleusterau (cymal 22.1)",
        "Complaint about the operation of the Time Off and Facilities Agreement (clause 22.1)",
    ),
    "subject.complaint.1": (
        "Cwyn heb ei datrys am weithredu'r Cytundeb Amser i Ffwrdd a Chyfleusterau (cymal 22.1)",
        "Unresolved complaint about the operation of the Time Off and Facilities Agreement "
        "(clause 22.1)",
    ),
    # addressees' posts
    "post.refusal.0": ("Rheolwr llinell", "Line manager"),
    "post.refusal.1": ("Uwch reolwr priodol", "Appropriate senior manager"),
    "post.refusal.2": ("Pennaeth AD Strategol", "Head of Strategic HR"),
    "post.complaint.0": ("Rheolwr atebol / pennaeth yr adran", "Accountable manager / head of department"),
    "post.complaint.1": ("Pennaeth AD Strategol", "Head of Strategic HR"),
    # openings
    "open.refusal.0": (
        "Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity} ynghylch fy nghais am amser i "
        "ffwrdd ar {date}, a wrthodwyd ar {failure}.",
        "I am writing in my capacity as {capacity} about my request for time off on {date}, "
        "which was refused on {failure}.",
    ),
    "open.refusal.1": (
        "Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity}. Gwrthodwyd fy nghais am amser i "
        "ffwrdd ar {date}, ac nid wyf yn fodlon â'r penderfyniad. Yn unol â chymal 21.3 o "
        "Gytundeb Amser i Ffwrdd a Chyfleusterau {org}, rwy'n cyfeirio'r mater atoch chi fel yr "
        "uwch reolwr priodol ac yn gofyn i chi ailystyried y penderfyniad.",
        "I am writing in my capacity as {capacity}. My request for time off on {date} was "
        "refused, and I am not satisfied with the decision. In line with clause 21.3 of the "
        "{org} Time Off and Facilities Agreement, I am referring the matter to you as the "
        "appropriate senior manager and ask you to review the decision.",
    ),
    "open.refusal.2": (
        "Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity}. Gwrthodwyd fy nghais am amser i "
        "ffwrdd ar {date}. Cyfeiriais y mater at yr uwch reolwr priodol, ond ni fu modd dod i "
        "gytundeb. Yn unol â chymal 21.3 o Gytundeb Amser i Ffwrdd a Chyfleusterau {org}, rwy'n "
        "cyfeirio'r mater atoch chi fel Pennaeth AD Strategol.",
        "I am writing in my capacity as {capacity}. My request for time off on {date} was "
        "refused. I referred the matter to the appropriate senior manager, but it has not been "
        "possible to reach agreement. In line with clause 21.3 of the {org} Time Off and "
        "Facilities Agreement, I am referring the matter to you as Head of Strategic HR.",
    ),
    "open.complaint.0": (
        "Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity}. Yn unol â chymal 22.1 o Gytundeb "
        "Amser i Ffwrdd a Chyfleusterau {org}, hoffwn godi gyda chi, fel y rheolwr atebol neu "
        "bennaeth yr adran, anghytundeb ynghylch y ffordd y mae'r cytundeb yn cael ei weithredu.",
        "I am writing in my capacity as {capacity}. In line with clause 22.1 of the {org} Time "
        "Off and Facilities Agreement, I wish to raise with you, as the accountable manager or "
        "head of department, a disagreement about the way the agreement is being operated.",
    ),
    "open.complaint.1": (
        "Ysgrifennaf atoch yn rhinwedd fy swydd fel {capacity}. Codais anghytundeb ynghylch "
        "gweithredu Cytundeb Amser i Ffwrdd a Chyfleusterau {org} gyda'r rheolwr atebol, ond mae'r "
        "mater heb ei ddatrys o hyd. Yn unol â chymal 22.1, hoffwn drafod y broblem gyda chi fel "
        "Pennaeth AD Strategol.",
        "I am writing in my capacity as {capacity}. I raised a disagreement about the operation "
        "of the {org} Time Off and Facilities Agreement with the accountable manager, but the "
        "matter remains unresolved. In line with clause 22.1, I wish to discuss the problem with "
        "you as Head of Strategic HR.",
    ),
    # the facts
    "h.facts": ("Y ffeithiau", "The facts"),
    "f.date": ("Dyddiad yr amser i ffwrdd", "Date of the time off"),
    "f.times": ("Amser", "Times"),
    "f.duration": ("Hyd", "Duration"),
    "f.location": ("Lleoliad", "Location"),
    "f.purpose": ("Diben cyffredinol", "General purpose"),
    "f.category": ("Categori", "Category"),
    "f.pay": ("Tâl", "Pay"),
    "f.requested": ("Gwnaed y cais ar", "Request made on"),
    "f.refused": ("Gwrthodwyd ar", "Refused on"),
    "f.refused_by": ("Gwrthodwyd gan", "Refused by"),
    "f.reasons": ("Y rhesymau a roddwyd", "Reasons given"),
    "f.no_reasons": ("Dim – ni roddwyd rheswm", "None – no reason was given"),
    "f.alternative": ("Amser arall a gynigiwyd", "Alternative offered"),
    "f.proforma": ("Cyfeirnod y Pro Fforma", "Pro Forma reference"),
    "f.failure": ("Dyddiad y methiant", "Date of the failure"),
    "f.matter": ("Y mater", "The matter"),
    "f.people": ("Y bobl dan sylw", "People involved"),
    "f.management": ("Safbwynt y rheolwyr", "Management's position"),
    # {n}: a count of days, in Welsh with its noun mutated as it is said ('2 ddiwrnod', _days)
    "notice_days": ("{date} ({n} o rybudd)", "{date} ({n} days' notice)"),
    "notice_day": ("{date} ({n} o rybudd)", "{date} ({n} day's notice)"),
    "none": ("Dim", "None"),
    "no_reasons": (
        "Ni roddwyd unrhyw reswm dros wrthod y cais. Mae cymal 21.2 yn nodi, pan fydd caniatâd "
        "i gymryd amser i ffwrdd yn cael ei atal, y bydd y cynrychiolydd rheoli priodol yn "
        "egluro'r rheswm neu'r rhesymau.",
        "No reason was given for refusing the request. Clause 21.2 provides that where "
        "permission to take time off is withheld, the appropriate management representative "
        "will explain the reason or reasons.",
    ),
    "reasons_not_accepted": (
        "Nid wyf yn derbyn bod y rhesymau a roddwyd yn cyfiawnhau gwrthod y cais.",
        "I do not accept that the reasons given justify refusing the request.",
    ),
    "no_alternative": (
        "Ni chynigiwyd amser arall yn lle'r amser y gofynnais amdano.",
        "No alternative time was offered in place of the time I asked for.",
    ),
    "within_on_notice": (
        "Roedd y cais o fewn fy lwfans ar gyfer {year}, a rhoddais rybudd ymlaen llaw, felly nid "
        "oes sail resymol dros ei wrthod (cymal 6.2).",
        "The request was within my allowance for {year} and was made with notice, so there is no "
        "reasonable ground for refusing it (clause 6.2).",
    ),
    "within": (
        "Roedd y cais o fewn fy lwfans ar gyfer {year}.",
        "The request was within my allowance for {year}.",
    ),
    "told_manager": (
        "Wrth wneud y cais rhoddais wybod i'm rheolwr am y diben cyffredinol, y lleoliad, yr "
        "amser a faint o amser y byddai ei angen, fel y mae cymal 18.1 yn ei ofyn.",
        "When making the request I told my manager the general purpose, the location, the time "
        "and how long I would need, as clause 18.1 requires.",
    ),
    # the steps so far
    "h.so_far": ("Y camau hyd yma", "The steps so far"),
    "s.step": ("Cam", "Step"),
    "s.raised": ("Codwyd ar", "Raised on"),
    "s.with": ("Gyda", "With"),
    "s.response": ("Ymateb", "Response"),
    "s.no_response": ("Dim ymateb (roedd yn ddyledus erbyn {due})", "No response (it was due by {due})"),
    "s.answered": ("{date}: {response}", "{date}: {response}"),
    "s.answered_blank": ("Ymatebwyd ar {date}", "Answered on {date}"),
    # the clauses relied on
    "h.clauses": ("Y cymalau a'r ddeddfwriaeth rwy'n dibynnu arnynt",
                  "The clauses and legislation I rely on"),
    "c.6.2": (
        "Cymal 6.2 – cytunir na fydd ceisiadau am amser i ffwrdd yn cael eu gwrthod yn afresymol.",
        "Clause 6.2 – it is agreed that requests for time off will not be unreasonably refused.",
    ),
    "c.18.1": (
        "Cymal 18.1 – cyn cymryd amser i ffwrdd, mae'n rhaid i gynrychiolwyr gael caniatâd eu "
        "rheolwr, gan roi gwybod am ddiben cyffredinol yr amser i ffwrdd, y lleoliad, yr amser a "
        "faint o amser y bydd ei angen.",
        "Clause 18.1 – before taking time off, representatives must obtain their manager's "
        "permission, stating the general purpose of the time off, the location, the time and "
        "how long it will take.",
    ),
    "c.21": (
        "Cymalau 21.2–21.4 – rhaid egluro'r rheswm neu'r rhesymau dros atal amser i ffwrdd; gellir "
        "cyfeirio'r mater at yr uwch reolwr priodol ac wedyn at y Pennaeth AD Strategol; ac mae'r "
        "Sefydliad yn cydnabod hawl cynrychiolwyr i fynd â hawliad i Dribiwnlys Cyflogaeth.",
        "Clauses 21.2–21.4 – the reason or reasons for withholding time off must be explained; "
        "the matter may be referred to the appropriate senior manager and then to the Head of "
        "Strategic HR; and the employer recognises representatives' right to take a claim to an "
        "Employment Tribunal.",
    ),
    "c.22": (
        "Cymal 22.1 – dylid codi anghytundeb am unrhyw agwedd ar y cytundeb gyda'r rheolwr atebol "
        "neu bennaeth yr adran, ac os bydd y mater heb ei ddatrys, dylai'r cynrychiolydd ei "
        "drafod gyda'r Pennaeth AD Strategol.",
        "Clause 22.1 – a disagreement about any aspect of the agreement should first be raised "
        "with the accountable manager or head of department, and if it remains unresolved the "
        "representative should discuss it with the Head of Strategic HR.",
    ),
    "s168": (
        "Adran 168 o Ddeddf Undebau Llafur a Chysylltiadau Llafur (Cydgrynhoi) 1992 (“Deddf "
        "1992”) – mae gan swyddogion undebau llafur hawl i amser i ffwrdd rhesymol yn ystod oriau "
        "gwaith i gyflawni dyletswyddau undeb llafur, gyda thâl o dan adran 169, gan roi sylw i "
        "God Ymarfer ACAS.",
        "Section 168 of the Trade Union and Labour Relations (Consolidation) Act 1992 (“the 1992 "
        "Act”) – trade union officials are entitled to reasonable time off during working hours "
        "to carry out trade union duties, with pay under section 169, having regard to the ACAS "
        "Code of Practice.",
    ),
    "s168A": (
        "Adran 168A o Ddeddf Undebau Llafur a Chysylltiadau Llafur (Cydgrynhoi) 1992 (“Deddf "
        "1992”) – mae gan gynrychiolwyr dysgu'r undeb hawl i amser i ffwrdd rhesymol gyda thâl i "
        "gyflawni eu swyddogaethau ac i gael hyfforddiant.",
        "Section 168A of the Trade Union and Labour Relations (Consolidation) Act 1992 (“the 1992 "
        "Act”) – union learning representatives are entitled to reasonable paid time off to "
        "carry out their functions and to undergo training.",
    ),
    "s170": (
        "Adran 170 o Ddeddf Undebau Llafur a Chysylltiadau Llafur (Cydgrynhoi) 1992 (“Deddf "
        "1992”) – mae gan aelodau undeb llafur cydnabyddedig hawl i amser i ffwrdd rhesymol i "
        "gymryd rhan yng ngweithgareddau'r undeb.",
        "Section 170 of the Trade Union and Labour Relations (Consolidation) Act 1992 (“the 1992 "
        "Act”) – members of a recognised trade union are entitled to reasonable time off to take "
        "part in the union's activities.",
    ),
    "reg4": (
        "Rheoliad 4(2) o Reoliadau Cynrychiolwyr Diogelwch a Phwyllgorau Diogelwch 1977 – mae gan "
        "gynrychiolwyr diogelwch hawl i amser i ffwrdd gyda thâl i gyflawni eu swyddogaethau ac i "
        "gael hyfforddiant.",
        "Regulation 4(2) of the Safety Representatives and Safety Committees Regulations 1977 – "
        "safety representatives are entitled to paid time off to perform their functions and to "
        "undergo training.",
    ),
    "s171": (
        "Adran 171 o Ddeddf 1992 – rhaid cyflwyno cwyn i Dribiwnlys Cyflogaeth o fewn {months} mis "
        "i ddyddiad y methiant, wedi'i ymestyn lle mae cymodi cynnar ACAS yn berthnasol.",
        "Section 171 of the 1992 Act – a complaint must be presented to an Employment Tribunal "
        "within {months} months of the date of the failure, extended where ACAS early "
        "conciliation applies.",
    ),
    # what is asked
    "h.ask": ("Yr hyn rwy'n gofyn amdano", "What I ask"),
    "ask.refusal.0": (
        "Gofynnaf i chi ailystyried eich penderfyniad ac, os yw'n sefyll, roi'r rheswm neu'r "
        "rhesymau i mi yn ysgrifenedig fel y mae cymal 21.2 yn ei ofyn. Byddwn yn ddiolchgar am "
        "ymateb ysgrifenedig o fewn {n} gwaith, erbyn {due} fan bellaf.",
        "I ask you to reconsider your decision and, if it stands, to give me the reason or "
        "reasons in writing as clause 21.2 requires. I would be grateful for a written response "
        "within {n} working days, by {due} at the latest.",
    ),
    "ask.grant": (
        "Gofynnaf i chi ganiatáu'r amser i ffwrdd y gofynnais amdano ar gyfer {date}, a rhoi "
        "ymateb ysgrifenedig i mi o fewn {n} gwaith, erbyn {due} fan bellaf.",
        "I ask you to grant the time off I requested for {date}, and to give me a written "
        "response within {n} working days, by {due} at the latest.",
    ),
    "ask.passed": (
        "Gan fod {date} wedi mynd heibio, gofynnaf i chi gadarnhau y dylai'r amser fod wedi'i "
        "ganiatáu, cytuno ar amser cyfatebol yn ei le, a rhoi ymateb ysgrifenedig i mi o fewn {n} "
        "gwaith, erbyn {due} fan bellaf.",
        "As {date} has passed, I ask you to confirm that the time should have been granted, to "
        "agree equivalent time in its place, and to give me a written response within {n} "
        "working days, by {due} at the latest.",
    ),
    "ask.complaint": (
        "Gofynnaf i chi ymchwilio i'r mater a rhoi ymateb ysgrifenedig i mi o fewn {n} "
        "gwaith, erbyn {due} fan bellaf.",
        "I ask you to look into the matter and to give me a written response within {n} working "
        "days, by {due} at the latest.",
    ),
    # the tribunal time limit
    "h.tribunal": ("Terfyn amser y tribiwnlys", "Tribunal time limit"),
    "tribunal.refusal": (
        "Mae'r terfyn amser ar gyfer cyflwyno cwyn i Dribiwnlys Cyflogaeth yn rhedeg o ddyddiad y "
        "gwrthod, {failure}, ac nid yw'r drefn fewnol hon yn ei atal. Y diwrnod olaf i gyflwyno "
        "cwyn yw {last_day}. Er mwyn diogelu fy hawliau, byddaf yn cysylltu ag ACAS i ddechrau "
        "cymodi cynnar cyn y dyddiad hwnnw os na fydd y mater wedi'i ddatrys.",
        "The time limit for presenting a complaint to an Employment Tribunal runs from the date "
        "of the refusal, {failure}, and this internal procedure does not pause it. The last day "
        "to present a complaint is {last_day}. To protect my rights, I will contact ACAS to start "
        "early conciliation before that date if the matter has not been resolved.",
    ),
    "tribunal.complaint": (
        "Mae'r terfyn amser ar gyfer cyflwyno cwyn i Dribiwnlys Cyflogaeth yn rhedeg o ddyddiad y "
        "methiant, {failure}, ac nid yw'r drefn fewnol hon yn ei atal. Y diwrnod olaf i gyflwyno "
        "cwyn yw {last_day}. Er mwyn diogelu fy hawliau, byddaf yn cysylltu ag ACAS i ddechrau "
        "cymodi cynnar cyn y dyddiad hwnnw os na fydd y mater wedi'i ddatrys.",
        "The time limit for presenting a complaint to an Employment Tribunal runs from the date "
        "of the failure, {failure}, and this internal procedure does not pause it. The last day "
        "to present a complaint is {last_day}. To protect my rights, I will contact ACAS to start "
        "early conciliation before that date if the matter has not been resolved.",
    ),
    "tribunal.acas_pending": (
        "Dechreuodd cymodi cynnar ACAS ar {day_a}. Mae'r terfyn amser wedi'i oedi hyd nes y daw'r "
        "dystysgrif, a bydd o leiaf fis ar ôl dyddiad y dystysgrif.",
        "ACAS early conciliation began on {day_a}. The time limit is paused until the certificate "
        "is issued, and will be at least one month after the certificate's date.",
    ),
    "tribunal.how": ("Sut y cyfrifwyd y dyddiad: {rule}.", "How the date was reached: {rule}."),
    "closing": ("Edrychaf ymlaen at gael eich ymateb.", "I look forward to your response."),
}


def words(key: str, **fmt: object) -> Bilingual:
    """A sentence of the letters in both languages, fields filled in."""
    cy, en = LETTER[key]
    return Bilingual(cy.format(**fmt), en.format(**fmt)) if fmt else Bilingual(cy, en)


def _days(n: int) -> Bilingual:
    """A count of days for a sentence that names them: '2 ddiwrnod' (days_cy) / '2'."""
    return Bilingual(days_cy(n), str(n))


def same(value: str) -> Bilingual:
    """Text the user typed: the same in both letters."""
    return Bilingual(value, value)


def _fill(template: tuple[str, str], values: dict[str, Bilingual]) -> Bilingual:
    """A (cy, en) template filled with bilingual values, each language with its own."""
    return Bilingual(template[0].format(**{k: v.cy for k, v in values.items()}),
                     template[1].format(**{k: v.en for k, v in values.items()}))


def sentence(key: str, **values: Bilingual | str | int) -> Bilingual:
    """Like :func:`words`, but each value may differ by language (dates, names of things)."""
    pairs = {k: v if isinstance(v, Bilingual) else same(str(v)) for k, v in values.items()}
    return _fill(LETTER[key], pairs)
