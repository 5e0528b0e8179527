# The words printed on paper around the content: headings, labels, lines to write on.
# The content inside (questions, reasons, actions, the disclaimer) comes from assets/content/en.
# Arguments: $date is a date already written out (11/29/2026), $n a number, $name a name.

## Every document

doc-page-footer = Page { $page } of { $pages } · printed on { $date }
doc-printed-on = Printed on { $date }.
doc-date-time = { $date } at { $time }
doc-time-am = { $hour }:{ $minute } AM
doc-time-pm = { $hour }:{ $minute } PM
doc-minutes = { $n } min
doc-phone-time = { $hold } on hold, { $talk } talking
doc-the-date = the date
doc-paper-letter = US Letter
doc-paper-a4 = A4

job-checklist = Massage Coverage Guide – call checklist
job-letter = Massage Coverage Guide – letter for your doctor
job-summary = Massage Coverage Guide – your plan
file-checklist = call-checklist
file-letter = letter-for-your-doctor
file-summary = massage-coverage-plan

answer-yes = Yes
answer-no = No
answer-not-sure = Not sure

condition-sciatica = Sciatica
condition-repetitive-strain = Repetitive strain
condition-after-surgery = Recovery after surgery
condition-sports-injury = Sports injury, sprain or strain
condition-concussion = Concussion
condition-low-back-pain = Low back pain
condition-neck-pain = Neck pain
condition-other = Another condition

verdict-likely = Likely
verdict-possible = Possible
verdict-unlikely = Unlikely
verdict-not-applicable = Does not apply

frequency-week = { $n ->
    [one] { $n } session a week
   *[other] { $n } sessions a week
}
frequency-month = { $n ->
    [one] { $n } session a month
   *[other] { $n } sessions a month
}
duration-week = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
duration-month = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
frequency-for-duration = { $frequency } for { $duration }
for-duration = for { $duration }
written-on-by = written { $date } by { $name }
written-on = written { $date }
written-by = written by { $name }

label-answer = Answer
label-patient = Patient
label-name = Name
label-date-of-birth = Date of birth
label-insurer = Insurer
label-health-plan = Health plan
label-member-id = Member ID
label-group-number = Group number
label-phone = Phone
label-phone-to-call = Phone number to call
label-condition = Condition
label-diagnosis = Diagnosis
label-prescription = Prescription
label-cpt-codes = Procedure (CPT) codes to ask about
label-date = Date
label-date-and-time = Date and time
label-phone-time = Time on the phone
label-representative = Representative
label-rep-name = Representative's name
label-reference = Reference number
label-next-steps = Next steps
label-outcome = Outcome
label-call-again-by = Call again by
label-notes = Notes
label-claim-number = Injury claim number
label-date-of-injury = Date of the injury or accident
label-adjuster = Claims adjuster
label-adjuster-phone = Claims adjuster's phone

## The call checklist. $who is "self" when the case is the patient's own, "other" when someone helps.

checklist-title = { $who ->
    [other] Checklist for calling their insurer
   *[self] Checklist for calling your insurer
}
checklist-intro-blank = { $who ->
    [other] Call the member services number on the back of their insurance card before they book. Tick a box for each answer and write down what the insurer says.
   *[self] Call the member services number on the back of your insurance card before you book. Tick a box for each answer and write down what they say.
}
checklist-intro-call = Filled in from the call logged on { $when }.
checklist-intro-call-undated = Filled in from a logged call.
checklist-heading-who = Who and what the call is about
checklist-heading-ready = Have this ready before you call
checklist-heading-questions = Questions to ask
checklist-heading-call = About this call
checklist-other-answers = Other answers from this call
checklist-ready-card = { $who ->
    [other] Their insurance card: the member ID, the group number and the member services number on the back.
   *[self] Your insurance card: the member ID, the group number and the member services number on the back.
}
checklist-ready-policyholder = The policyholder's name and date of birth, if the plan is in someone else's name.
checklist-ready-paper = { $who ->
    [other] The prescription, referral or letter from their doctor, with the diagnosis code if it has one.
   *[self] The prescription, referral or letter from your doctor, with the diagnosis code if it has one.
}
checklist-ready-codes = The procedure (CPT) codes the massage therapist will bill, listed above.
checklist-ready-therapist = The massage therapist's name, NPI and tax ID, if you know them.
checklist-ready-pen = A pen, and this sheet.

## The letter for the doctor

letter-title = Request for a letter of medical necessity for massage therapy
letter-to = To
letter-dear = Dear { $name },
letter-dear-doctor = Dear Doctor,
letter-request = This is a request for a letter of medical necessity for massage therapy by a licensed massage therapist, to treat the condition below. The patient's health plan, or the administrator of their flexible spending account (FSA) or health savings account (HSA), asks for such a letter before it pays for treatment.
letter-heading-patient = The patient
letter-heading-condition = The condition
letter-icd-codes = ICD-10-CM code(s)
letter-heading-asked = What is asked for
letter-asked = Massage therapy by a licensed massage therapist (LMT), to treat the condition above.
letter-how-often = How often
letter-how-long = For how long
letter-starting-on = Starting on
letter-heading-needs = What the letter needs to say
letter-needs-intro = Health plans and FSA or HSA administrators can turn down a letter that leaves something out. Please make sure it states:
letter-must-patient = The patient's name and date of birth.
letter-must-diagnosis = The diagnosis, in words and with its ICD-10-CM code.
letter-must-treatment = The treatment: massage therapy by a licensed massage therapist (LMT).
letter-must-often = How often, for example 2 sessions a month.
letter-must-long = For how long, and the start date.
letter-must-how = How massage therapy treats the condition, for example less pain, more range of motion or better function.
letter-must-necessary = That the treatment is medically necessary for this condition.
letter-must-provider = Your name, credentials, NPI and contact details.
letter-must-signature = Your signature and the date.
letter-heading-provider = For the provider
letter-provider-intro = You may write your own letter on your letterhead with everything listed above, or complete this part.
letter-diagnosis-codes = Diagnosis and ICD-10-CM code(s)
letter-how-treats = How massage therapy treats the condition
letter-how-long-from = For how long, from
letter-confirm = I confirm that massage therapy is medically necessary to treat this condition.
letter-provider-name = Provider's name
letter-credentials = Credentials
letter-npi = NPI
letter-address-phone = Address and phone
letter-signature = Signature
letter-thanks-name =
    Thank you,
    { $name }
letter-thanks = Thank you.

## The plan summary

summary-title = Your plan for getting massage therapy paid for
# The title when someone helping the patient prints it.
summary-title-they = Their plan for getting massage therapy paid for
summary-heading-ways = Ways to pay
summary-route = { $route }: { $verdict }
summary-skipped = { $n ->
    [one] One other way to pay does not apply to this case and is left out.
   *[other] { $n } other ways to pay do not apply to this case and are left out.
}
summary-heading-savings = What paying with pre-tax money could save in { $year }
savings-cost = Massage would cost about { $cost } a year ({ $visits } visits).
savings-saved = Paying through your { $account ->
    [fsa] FSA
   *[hsa] HSA
}, you would save about { $saved } a year ({ $rate }% in taxes). This is an estimate only.
savings-capped = Only { $amount } can be paid with pre-tax money, so the estimate stops there.
savings-no-new-money = Paying through the HSA saves no new tax: only the money already in it can be spent.
savings-balance-capped = The HSA holds { $amount }, so it can pay only that much of the cost.
savings-state-left-out = The state income tax rate is left out of this estimate.
savings-old-limits = The { $this_year } limits are not out yet, so this estimate uses the { $year } limits; the { $this_year } ones may be higher. Check with your plan.
summary-heading-dates = Dates to remember
summary-no-dates = No dated follow-ups yet.
summary-heading-calls = Calls to the insurer
summary-no-calls = No calls logged yet.
summary-call-dated = Call { $n } of { $total }, { $when }
summary-call = Call { $n } of { $total }
summary-nothing-written = Nothing was written down for this call.
summary-called-on = Called on { $date }
summary-spoke-with = spoke with { $name }
summary-reference = reference number { $reference }
