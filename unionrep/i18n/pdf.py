"""Every label printed on a unionrep document (keys "pdf.…"); unionrep.pdf.labels lays them
out in the document's mode.

Terms follow the Welsh text of the Time Off and Facilities Agreement (clauses 18 and 21:
"Pro Fforma Cais", "diben cyffredinol", "Pennaeth Gwasanaeth", "Pennaeth AD Strategol") and
usual Welsh public-sector forms.
"""

from __future__ import annotations

from unionrep.i18n.text import Text

PDF_LABELS: dict[str, Text] = {
    # -- document ---------------------------------------------------------------------------
    "pdf.title": Text(en="Pro Forma Request for Time Off", cy="Pro Fforma Cais am Amser i Ffwrdd"),
    "pdf.proforma": Text(en="Pro Forma Request", cy="Pro Fforma Cais"),
    "pdf.agreement": Text(
        en="Time Off and Facilities Agreement – clauses 18.1 and 18.3",
        cy="Cytundeb Amser i Ffwrdd a Chyfleusterau – cymalau 18.1 a 18.3",
    ),
    "pdf.intro": Text(
        en="Representatives must obtain their manager's permission before taking time off, stating the "
           "general purpose, location, time and duration (clause 18.1).",
        cy="Rhaid i gynrychiolwyr gael caniatâd eu rheolwr cyn cymryd amser i ffwrdd, gan nodi'r diben "
           "cyffredinol, y lleoliad, yr amser a'r hyd (cymal 18.1).",
    ),
    "pdf.time_off": Text(en="Time off", cy="Amser i ffwrdd"),
    "pdf.reference": Text(en="Reference", cy="Cyfeirnod"),
    "pdf.status": Text(en="Status", cy="Statws"),
    "pdf.page": Text(en="Page {page} of {total}", cy="Tudalen {page} o {total}"),
    "pdf.organisation": Text(en="Organisation", cy="Sefydliad"),
    "pdf.logo": Text(en="Logo", cy="Logo"),
    # -- representative ---------------------------------------------------------------------
    "pdf.section_rep": Text(en="Representative's details", cy="Manylion y cynrychiolydd"),
    "pdf.representative": Text(en="Representative", cy="Cynrychiolydd"),
    "pdf.name": Text(en="Name", cy="Enw"),
    "pdf.employee_number": Text(en="Employee number", cy="Rhif cyflogai"),
    "pdf.union": Text(en="Trade union", cy="Undeb llafur"),
    "pdf.roles": Text(en="Role(s)", cy="Rôl(au)"),
    "pdf.line_manager": Text(en="Line manager", cy="Rheolwr llinell"),
    "pdf.head_of_service": Text(en="Head of Service", cy="Pennaeth Gwasanaeth"),
    "pdf.director": Text(en="Director", cy="Cyfarwyddwr"),
    "pdf.head_of_hr": Text(en="Head of Strategic HR", cy="Pennaeth AD Strategol"),
    "pdf.rep_signature": Text(en="Representative's signature", cy="Llofnod y cynrychiolydd"),
    # -- time requested ---------------------------------------------------------------------
    "pdf.section_time": Text(en="Time off requested", cy="Yr amser i ffwrdd y gofynnir amdano"),
    "pdf.date": Text(en="Date", cy="Dyddiad"),
    "pdf.start": Text(en="Start time", cy="Amser dechrau"),
    "pdf.end": Text(en="End time", cy="Amser gorffen"),
    "pdf.times": Text(en="Start – end", cy="Dechrau – gorffen"),
    "pdf.duration": Text(en="Duration", cy="Hyd"),
    "pdf.location": Text(en="Location", cy="Lleoliad"),
    "pdf.purpose": Text(en="General purpose", cy="Diben cyffredinol"),
    "pdf.category": Text(en="Category", cy="Categori"),
    "pdf.pay": Text(en="Pay", cy="Tâl"),
    "pdf.paid": Text(en="Paid", cy="Gyda thâl"),
    "pdf.unpaid": Text(en="Unpaid", cy="Di-dâl"),
    "pdf.notice": Text(en="Notice given on", cy="Rhybudd a roddwyd ar"),
    "pdf.notice_days": Text(en="{n} days' notice", cy="{n_cy} o rybudd"),
    "pdf.notice_day": Text(en="{n} day's notice", cy="{n_cy} o rybudd"),
    "pdf.not_given": Text(en="Not given", cy="Heb ei roi"),
    "pdf.not_stated": Text(en="Not stated", cy="Heb ei nodi"),
    "pdf.case_reference": Text(en="Case reference", cy="Cyfeirnod achos"),
    "pdf.none": Text(en="None", cy="Dim"),
    "pdf.no_allowance": Text(en="No allowance applies", cy="Nid oes lwfans yn berthnasol"),
    "pdf.total": Text(en="Total", cy="Cyfanswm"),
    "pdf.combined_cap": Text(en="Combined cap", cy="Cap cyfunol"),
    # -- allowance --------------------------------------------------------------------------
    "pdf.section_allowance": Text(en="Allowance this year ({year})", cy="Lwfans eleni ({year})"),
    "pdf.allowance": Text(en="Allowance", cy="Lwfans"),
    "pdf.year": Text(en="Year", cy="Blwyddyn"),
    "pdf.used": Text(en="Used", cy="Defnyddiwyd"),
    "pdf.remaining": Text(en="Remaining", cy="Yn weddill"),
    "pdf.before": Text(en="Before this request", cy="Cyn y cais hwn"),
    "pdf.after": Text(en="After this request", cy="Ar ôl y cais hwn"),
    "pdf.this_request": Text(en="This request", cy="Y cais hwn"),
    "pdf.no_limit": Text(en="No limit", cy="Dim terfyn"),
    "pdf.allowance_note": Text(
        en="Used = time approved or taken this year.",
        cy="Defnyddiwyd = amser a gymeradwywyd neu a gymerwyd eleni.",
    ),
    "pdf.unit_hours": Text(en="hours", cy="oriau"),
    "pdf.unit_sessions": Text(en="sessions", cy="sesiynau"),
    "pdf.unit_meetings": Text(en="meetings", cy="cyfarfodydd"),
    "pdf.unit_days": Text(en="days", cy="diwrnodau"),
    # -- decision ---------------------------------------------------------------------------
    "pdf.section_decision": Text(en="Line manager's decision", cy="Penderfyniad y rheolwr llinell"),
    "pdf.decision": Text(en="Decision", cy="Penderfyniad"),
    "pdf.reasons": Text(en="Reasons", cy="Rhesymau"),
    "pdf.reasons_hint": Text(
        en="Must be given in writing if the request is refused (clause 21.2)",
        cy="Rhaid eu rhoi'n ysgrifenedig os gwrthodir y cais (cymal 21.2)",
    ),
    "pdf.alternative": Text(en="Alternative time offered", cy="Amser arall a gynigir"),
    # -- routing (clause 18.3) --------------------------------------------------------------
    "pdf.section_routing": Text(en="Routing of this form (clause 18.3)", cy="Llwybr y ffurflen (cymal 18.3)"),
    "pdf.post": Text(en="Post", cy="Swydd"),
    "pdf.action": Text(en="Action", cy="Cam gweithredu"),
    "pdf.signature": Text(en="Signature", cy="Llofnod"),
    "pdf.copy": Text(en="copy", cy="copi"),
    "pdf.action_manager": Text(en="Decides and sends a copy on", cy="Penderfynu ac anfon copi ymlaen"),
    "pdf.action_head_of_service": Text(en="Copy for recording", cy="Copi i'w gofnodi"),
    "pdf.action_director": Text(en="Sends a copy to Strategic HR", cy="Anfon copi at AD Strategol"),
    "pdf.action_head_of_hr": Text(en="Copy for monitoring", cy="Copi i'w fonitro"),
    # -- yearly statement and branch summary (RULES §3, §6) ---------------------------------
    "pdf.statement_title": Text(
        en="Yearly facility time statement",
        cy="Datganiad blynyddol amser cyfleuster",
    ),
    "pdf.summary_title": Text(en="Branch facility time summary", cy="Crynodeb amser cyfleuster y gangen"),
    "pdf.statement_intro": Text(
        en="Time Off and Facilities Agreement – time approved or taken, allowances and cost",
        cy="Cytundeb Amser i Ffwrdd a Chyfleusterau – amser a gymeradwywyd neu a gymerwyd, y lwfansau "
           "a'r gost",
    ),
    "pdf.year_of": Text(en="Year {year}", cy="Blwyddyn {year}"),
    "pdf.period": Text(en="Period", cy="Cyfnod"),
    "pdf.year_basis": Text(en="Year basis", cy="Sail y flwyddyn"),
    "pdf.basis_april": Text(en="April – March", cy="Ebrill – Mawrth"),
    "pdf.basis_academic": Text(en="Academic year", cy="Blwyddyn academaidd"),
    "pdf.weekly_hours": Text(en="Contracted hours a week", cy="Oriau contract yr wythnos"),
    "pdf.hourly_rate": Text(en="Hourly rate", cy="Cyfradd yr awr"),
    "pdf.rate_scp": Text(en="{rate} (SCP {scp}, {spine})", cy="{rate} (pwynt {scp}, {spine})"),
    "pdf.no_rate": Text(en="No rate recorded", cy="Dim cyfradd wedi'i chofnodi"),
    "pdf.role": Text(en="Role", cy="Rôl"),
    "pdf.held": Text(en="Role held", cy="Cyfnod y rôl"),
    "pdf.ongoing": Text(en="onwards", cy="ymlaen"),
    "pdf.section_allowances": Text(en="Allowances", cy="Lwfansau"),
    "pdf.section_by_role": Text(en="Hours by role", cy="Oriau fesul rôl"),
    "pdf.section_by_category": Text(en="Hours by category", cy="Oriau fesul categori"),
    "pdf.section_by_month": Text(en="Hours by month", cy="Oriau fesul mis"),
    "pdf.section_extensions": Text(en="Extensions (clauses 11.1–11.2)", cy="Estyniadau (cymalau 11.1–11.2)"),
    "pdf.section_toil": Text(
        en="Time off in lieu (clauses 14.3–14.4)",
        cy="Amser i ffwrdd yn lle (cymalau 14.3–14.4)",
    ),
    "pdf.section_cost": Text(
        en="Cost of facility time (clause 16.1)",
        cy="Cost amser cyfleuster (cymal 16.1)",
    ),
    "pdf.section_payments": Text(en="Payments due", cy="Taliadau sy'n ddyledus"),
    "pdf.section_details": Text(en="Details", cy="Manylion"),
    "pdf.pending": Text(en="Pending", cy="Yn aros am ateb"),
    "pdf.used_hours": Text(en="Hours used", cy="Oriau a ddefnyddiwyd"),
    "pdf.pending_hours": Text(en="Hours pending", cy="Oriau yn aros am ateb"),
    "pdf.unit": Text(en="Unit", cy="Uned"),
    "pdf.month": Text(en="Month", cy="Mis"),
    "pdf.case_ref": Text(en="Case reference", cy="Cyfeirnod achos"),
    "pdf.extra": Text(en="Extra", cy="Ychwanegol"),
    "pdf.agreed_on": Text(en="Agreed on", cy="Cytunwyd ar"),
    "pdf.agreed_by": Text(en="Agreed by", cy="Cytunwyd gan"),
    "pdf.review_on": Text(en="Review on", cy="Adolygu ar"),
    "pdf.no_extensions": Text(en="No extensions this year", cy="Dim estyniadau eleni"),
    "pdf.no_payments": Text(en="No payments", cy="Dim taliadau"),
    "pdf.no_time": Text(en="No time recorded", cy="Dim amser wedi'i gofnodi"),
    "pdf.toil_earned": Text(en="Earned this year", cy="Wedi'i ennill eleni"),
    "pdf.toil_taken": Text(en="Taken this year", cy="Wedi'i gymryd eleni"),
    "pdf.toil_balance": Text(en="Owed at the end of the year", cy="Yn ddyledus ar ddiwedd y flwyddyn"),
    "pdf.item": Text(en="Item", cy="Eitem"),
    "pdf.hours": Text(en="Hours", cy="Oriau"),
    "pdf.amount": Text(en="Amount", cy="Swm"),
    "pdf.paid_hours": Text(en="Paid facility hours", cy="Oriau cyfleuster â thâl"),
    "pdf.cost": Text(en="Cost", cy="Cost"),
    "pdf.kind": Text(en="Kind", cy="Math"),
    "pdf.payment_per_year": Text(en="Per year", cy="Y flwyddyn"),
    "pdf.payment_per_meeting": Text(en="Per meeting", cy="Y cyfarfod"),
    "pdf.payment_bonus_after": Text(en="Bonus after meetings", cy="Bonws ar ôl cyfarfodydd"),
    "pdf.payment_per_half_day": Text(en="Per half day", cy="Yr hanner diwrnod"),
    "pdf.reps": Text(en="Representatives", cy="Cynrychiolwyr"),
    "pdf.section_reps": Text(en="The representatives", cy="Y cynrychiolwyr"),
    "pdf.section_rep_allowances": Text(
        en="Each representative's allowances",
        cy="Lwfansau pob cynrychiolydd",
    ),
    "pdf.section_totals": Text(en="Totals", cy="Cyfansymiau"),
    "pdf.combined_used": Text(en="Combined cap: used / cap", cy="Cap cyfunol: defnyddiwyd / cap"),
    "pdf.share_of_cap": Text(en="% of cap", cy="% o'r cap"),
    "pdf.reps_count": Text(en="Number of representatives", cy="Nifer y cynrychiolwyr"),
    "pdf.rate_missing": Text(
        en="No pay rate recorded for {n} representative(s): their time is not costed",
        cy="Dim cyfradd tâl wedi'i chofnodi ar gyfer {n} cynrychiolydd: nid yw eu hamser wedi'i gostio",
    ),
    "pdf.years_used": Text(en="Years", cy="Blynyddoedd"),
    # -- the four facility time tables (SI 2017/328, voluntary) ------------------------------
    "pdf.si_note": Text(
        en="Voluntary, for monitoring only: Welsh devolved bodies are exempt from the Trade Union "
           "(Facility Time Publication Requirements) Regulations 2017 (SI 2017/328).",
        cy="Gwirfoddol, at ddibenion monitro yn unig: mae cyrff datganoledig Cymru wedi'u heithrio o "
           "Reoliadau Undebau Llafur (Amser Cyfleuster) 2017 (OS 2017/328).",
    ),
    "pdf.si_officials": Text(
        en="Table 1 – Relevant union officials",
        cy="Tabl 1 – Swyddogion undeb perthnasol",
    ),
    "pdf.si_officials_n": Text(
        en="Number of employees who were relevant union officials during the period",
        cy="Nifer y gweithwyr a oedd yn swyddogion undeb perthnasol yn ystod y cyfnod",
    ),
    "pdf.si_fte": Text(en="Full-time equivalent employee number", cy="Nifer cyfwerth ag amser llawn"),
    "pdf.si_bands": Text(
        en="Table 2 – Percentage of time spent on facility time",
        cy="Tabl 2 – Canran yr amser a dreuliwyd ar amser cyfleuster",
    ),
    "pdf.si_band": Text(en="Percentage of time", cy="Canran yr amser"),
    "pdf.si_employees": Text(en="Number of employees", cy="Nifer y gweithwyr"),
    "pdf.si_bands_note": Text(
        en="Share = paid facility hours ÷ contracted hours in the year (weekly hours × days in the year "
           "÷ 7).",
        cy="Cyfran = oriau cyfleuster â thâl ÷ oriau contract y flwyddyn (oriau'r wythnos × diwrnodau'r "
           "flwyddyn ÷ 7).",
    ),
    "pdf.si_pay_bill": Text(
        en="Table 3 – Percentage of pay bill spent on facility time",
        cy="Tabl 3 – Canran o'r bil cyflog a wariwyd ar amser cyfleuster",
    ),
    "pdf.si_total_cost": Text(en="Total cost of facility time", cy="Cyfanswm cost amser cyfleuster"),
    "pdf.si_total_pay_bill": Text(en="Total pay bill", cy="Cyfanswm y bil cyflog"),
    "pdf.si_pay_share": Text(
        en="Percentage of the total pay bill spent on facility time",
        cy="Canran y bil cyflog a wariwyd ar amser cyfleuster",
    ),
    "pdf.si_activities": Text(
        en="Table 4 – Paid trade union activities",
        cy="Tabl 4 – Gweithgareddau undeb llafur â thâl",
    ),
    "pdf.si_activities_share": Text(
        en="Time spent on paid trade union activities as a percentage of total paid facility time hours",
        cy="Amser ar weithgareddau undeb llafur â thâl fel canran o gyfanswm yr oriau cyfleuster â thâl",
    ),
    "pdf.value": Text(en="Value", cy="Gwerth"),
    "pdf.not_given_pay_bill": Text(en="Not given", cy="Heb ei roi"),
    # -- units of time ----------------------------------------------------------------------
    "pdf.hours_minutes": Text(en="{h} {hours} {m} {minutes}", cy="{h} {hours} {m} {minutes}"),
    "pdf.hours_only": Text(en="{h} {hours}", cy="{h} {hours}"),
    "pdf.minutes_only": Text(en="{m} {minutes}", cy="{m} {minutes}"),
    # after a number: Welsh keeps the singular (2 awr), English does not (2 hours)
    "pdf.word_hour": Text(en="hour", cy="awr"),
    "pdf.word_hours": Text(en="hours", cy="awr"),
    "pdf.word_minute": Text(en="minute", cy="munud"),
    "pdf.word_minutes": Text(en="minutes", cy="munud"),
}
