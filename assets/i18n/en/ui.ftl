# Massage Coverage Guide: the words on the screen, in English.
# Keys are stable; change the text after the "=" only. Variables look like { $name }.
# Sentence case, no colon after labels; a button that opens a dialog ends in "…".

## The language switch: names the other language, in that language.
lang-switch = Español
lang-switch-name = Cambiar a español

## Stored values. A key ending in "-they" is the same answer for someone helping the patient.
answer-yes = Yes
answer-no = No
answer-not-sure = Not sure
for-whom-myself = Myself
for-whom-someone-else = Someone I am helping
coverage-employer-or-individual = A plan from work, or one I bought myself
coverage-employer-or-individual-they = A plan from work, or one they bought
coverage-marketplace = A Marketplace plan (HealthCare.gov or a state exchange)
coverage-original-medicare = Original Medicare (Part A, Part B)
coverage-medicare-advantage = Medicare Advantage (Part C)
coverage-medigap = Medigap (Medicare Supplement)
coverage-medicaid = Medicaid
coverage-auto-insurance = Auto insurance, after an accident
coverage-workers-comp = Workers' compensation, after a work injury
coverage-none = No coverage
condition-sciatica = Sciatica
condition-repetitive-strain = Repetitive strain (for example carpal tunnel, tennis elbow)
condition-after-surgery = Recovery after surgery
condition-sports-injury = Sports injury, sprain or strain
condition-concussion = Concussion
condition-low-back-pain = Low back pain
condition-neck-pain = Neck pain
condition-other = Something else
paperwork-prescription = A prescription
paperwork-referral = A referral
paperwork-lmn = A letter of medical necessity (LMN)
paperwork-not-yet = Nothing yet
prescriber-physician = My doctor
prescriber-physician-they = Their doctor
prescriber-chiropractor = My chiropractor
prescriber-chiropractor-they = Their chiropractor
prescriber-physical-therapist = My physical therapist
prescriber-physical-therapist-they = Their physical therapist
prescriber-other = Someone else
period-week = { $n ->
    [one] week
   *[other] weeks
}
period-month = { $n ->
    [one] month
   *[other] months
}
medicare-part-a = Part A (hospital)
medicare-part-b = Part B (medical)
medicare-part-advantage = Medicare Advantage (Part C)
medicare-part-medigap = Medigap (Medicare Supplement)
medicare-part-not-enrolled = Not enrolled yet
account-fsa = Flexible spending account (FSA)
account-hsa = Health savings account (HSA)
account-hra = Health reimbursement arrangement (HRA)
account-none = None of these
alternative-physical-therapy = Physical therapy
alternative-chiropractic = Chiropractic care
alternative-sports-medicine = A sports medicine or orthopedic clinic
alternative-massage-school = A massage school student clinic (lower prices)
alternative-community-health-center = A community health center (sliding-scale fees)
alternative-employer-program = A program from my employer
alternative-employer-program-they = A program from their employer
alternative-cash-package = Paying cash, with a package or a discount
alternative-none-for-now = None for now

## Steps. A key ending in "-they" is the title for someone helping the patient.
step-about-you = About you
step-about-you-they = About them
step-condition = Your condition and prescription
step-condition-they = Their condition and prescription
step-call-insurer = Call your insurer
step-call-insurer-they = Call their insurer
step-medicare = Medicare
step-accounts = FSA / HSA
step-alternatives = Alternatives
step-plan = Your plan
step-plan-they = Their plan

## Fields
hint-date = month/day/year, like 03/14/1961
hint-date-ahead = month/day/year, like { $example }

## Step 1, about you. $who is "self" when the case is the patient's own, "other" when helping.
about-who-for = Who is this for?
about-full-name = { $who ->
    [other] Their full name
   *[self] Your full name
}
about-full-name-hint = As on the insurance card
about-relationship = Who they are to you
about-relationship-hint = For example: my mother
about-age-heading = { $who ->
    [other] Their age
   *[self] Your age
}
about-age-hint = Give the date of birth or the age. The date of birth goes on the papers you print.
about-date-of-birth = Date of birth
about-age = Age in years
about-age-hint-example = For example: 67
about-state-heading = State
about-state-choose = Choose a state
about-state = { $who ->
    [other] The state where they live
   *[self] The state where you live
}
about-coverage-heading = { $who ->
    [other] Their health coverage
   *[self] Health coverage
}
about-coverage-hint = Tick every one that applies.
about-injury-heading = { $who ->
    [other] Their claim for the injury or accident
   *[self] Your claim for the injury or accident
}
about-injury-hint = These are on the letters about the claim.
about-injury-claim-number = Claim number
about-injury-date = Date of the injury or accident
about-injury-adjuster-name = Claims adjuster's name
about-injury-adjuster-phone = Claims adjuster's phone
about-injury-adjuster-phone-hint = Like (800) 555-0123

## Step 2, condition and prescription
condition-heading = What is the massage for?
condition-hint = { $who ->
    [other] Tick every condition their doctor or chiropractor has diagnosed.
   *[self] Tick every condition your doctor or chiropractor has diagnosed.
}
condition-other-words = The condition, in your words
condition-papers-heading = { $who ->
    [other] Do they have any of these papers?
   *[self] Do you have any of these papers?
}
condition-papers-not-yet = { $who ->
    [other] That is fine: ask their own doctor or chiropractor for a prescription or a letter of medical necessity before their first session.
   *[self] That is fine: ask your own doctor or chiropractor for a prescription or a letter of medical necessity before your first session.
}
condition-who-wrote = Who wrote it?
condition-prescriber-name = Their name
condition-prescriber-name-hint = For example: Dr. Maria Lopez
condition-written-on = Date on the paper
condition-how-often = How often, and for how long?
condition-how-often-hint = As written on the paper, if it says.
condition-sessions = Sessions
condition-sessions-hint = For example: 2
condition-each = each
condition-duration = For how long
condition-duration-hint = For example: 3
condition-in = in
condition-codes = { $who ->
    [other] The codes their therapist bills
   *[self] The codes your therapist bills
}

## Step 3, call your insurer
insurer-card = { $who ->
    [other] From their insurance card
   *[self] From your insurance card
}
insurer-name = Insurance company or plan
insurer-phone = Member services phone
insurer-phone-hint = On the back of the card, like (800) 555-0123
insurer-injury-first = { $who ->
    [other] For their work injury or car accident, call the claims adjuster first, with the claim number and the date of injury: that claim usually pays before their health plan.
   *[self] For your work injury or car accident, call the claims adjuster first, with your claim number and the date of injury: that claim usually pays before your health plan.
}
insurer-medicare-intro = { $who ->
    [other] Original Medicare has no member services number on its card. Before they book, call 1-800-MEDICARE (1-800-633-4227; TTY 1-877-486-2048). Write down the answers as you go.
   *[self] Original Medicare has no member services number on its card. Before you book, call 1-800-MEDICARE (1-800-633-4227; TTY 1-877-486-2048). Write down the answers as you go.
}
insurer-member-id = Member ID
insurer-group-number = Group number
insurer-plan-heading = About the plan
insurer-q-self-funded = { $who ->
    [other] Is their plan from work self-funded? That means the employer pays the claims itself. Ask the employer's HR if you are not sure.
   *[self] Is your plan from work self-funded? That means your employer pays the claims itself. Ask HR if you are not sure.
}
insurer-questions = Questions to ask
insurer-told = What they told you
insurer-told-hint = Fill this in during or after the call. "Not sure" is a fine answer.
insurer-q-covered = Is massage therapy covered?
insurer-benefit = Under which benefit
insurer-benefit-hint = For example: physical medicine, chiropractic, a rider
insurer-q-prescription = Is a prescription needed?
insurer-q-prior-authorization = Is prior authorization needed?
insurer-visit-limit = Visits allowed each year
insurer-visit-limit-hint = For example: 12
insurer-in-network = In-network massage therapists they named
insurer-copay = Copay for each visit
insurer-copay-hint = For example: 25.00
insurer-coinsurance = Coinsurance, in percent
insurer-coinsurance-hint = For example: 20
insurer-deductible-left = Deductible still to meet
insurer-deductible-left-hint = For example: 500.00
insurer-about-call = About the call
insurer-rep-name = Who you spoke to
insurer-reference = Call reference number
insurer-call-date = Date of the call

## Step 4, Medicare
medicare-heading = { $who ->
    [other] Which parts of Medicare do they have?
   *[self] Which parts of Medicare do you have?
}
medicare-card-hint = { $who ->
    [other] Their red, white and blue Medicare card shows Part A and Part B.
   *[self] Your red, white and blue Medicare card shows Part A and Part B.
}
medicare-advantage-plan = Medicare Advantage plan name
medicare-q-advantage-massage = { $who ->
    [other] Does their plan's Evidence of Coverage list a massage benefit?
   *[self] Does your plan's Evidence of Coverage list a massage benefit?
}
medicare-medigap-plan = Medigap plan
medicare-medigap-plan-hint = For example: Plan G
medicare-q-card = { $who ->
    [other] You ticked kinds of Medicare that one person cannot use together. Which card do they show at the doctor's office?
   *[self] You ticked kinds of Medicare that one person cannot use together. Which card do you show at the doctor's office?
}
medicare-card-original = The red, white and blue Medicare card
medicare-card-advantage = The Medicare Advantage plan's card
medicare-card-not-sure = Not sure
medicare-medigap-advantage-hint = { $who ->
    [other] Medigap works only with Original Medicare. It cannot pay their Medicare Advantage plan's costs, such as copays, the deductible or the monthly cost.
   *[self] Medigap works only with Original Medicare. It cannot pay your Medicare Advantage plan's costs, such as copays, the deductible or the monthly cost.
}
medicare-medigap-hint = { $who ->
    [other] Medigap helps with their share of costs for care Medicare covers, such as physical therapy. It does not add massage.
   *[self] Medigap helps with your share of costs for care Medicare covers, such as physical therapy. It does not add massage.
}
figure-part-b-deductible = Part B deductible for the year
figure-part-b-premium = Part B standard premium, each month
figure-kx-threshold = Therapy spending above which the therapist adds the KX modifier to the claim

## Step 6, alternatives
alternatives-heading = Which would you like to look into?
alternatives-hint = Tick any that interest you, or "None for now".
alternatives-notes = Your notes

## Step 5, FSA / HSA
accounts-heading = { $who ->
    [other] Which of these accounts do they have?
   *[self] Which of these accounts do you have?
}
accounts-fsa-balance = FSA balance
accounts-hsa-balance = HSA balance
accounts-hra-balance = HRA balance
accounts-balance-hint = For example: 1,250.00
accounts-plan-year-end = Last day of the FSA plan year
accounts-q-owner = Whose accounts are these?
accounts-owner-patient = The patient's
accounts-owner-helper = Yours, as the person helping
accounts-owner-spouse = The patient's spouse's
accounts-owner-age = The owner's age on December 31 this year
accounts-owner-age-hint = For example: 67
accounts-q-owner-medicare = Does the owner have any part of Medicare?
accounts-q-hsa-plan = Which health plan goes with the HSA?
accounts-hsa-plan-employer-hdhp = A high-deductible plan from work that is HSA-qualified
accounts-hsa-plan-bronze = A bronze or catastrophic plan (these count since 2026)
accounts-hsa-plan-other = Another plan, not HSA-qualified
accounts-hsa-plan-not-sure = Not sure
accounts-q-spouse-general-fsa = Does the HSA owner's spouse have a general-purpose health FSA?
accounts-q-fsa-kind = What does the FSA pay for?
accounts-fsa-kind-general = Most medical costs (general-purpose)
accounts-fsa-kind-limited = Only dental and vision care (limited-purpose)
accounts-fsa-kind-not-sure = Not sure
accounts-fsa-hint = { $who ->
    [other] FSA money is mostly "use it or lose it". Their plan may allow a grace period or a small carryover; ask their employer.
   *[self] FSA money is mostly "use it or lose it". Your plan may allow a grace period or a small carryover; ask your employer.
}
accounts-lmn-heading = Letter of medical necessity
accounts-q-lmn = Is a letter of medical necessity on file with the account?
accounts-lmn-hint = { $who ->
    [other] Without one, massage is usually not paid from these accounts. Get the letter before their first session.
   *[self] Without one, massage is usually not paid from these accounts. Get the letter before your first session.
}
figure-fsa-limit = Most you can put in a health FSA
figure-fsa-carryover = Most unused FSA money that can carry from this plan year into the next
figure-hsa-limit-self = HSA limit, just you
figure-hsa-limit-family = HSA limit, family
figure-hsa-catch-up = Extra amount into your own HSA if 55 or older by December 31
figure-hdhp-min-deductible-self = Lowest deductible of an HSA plan, just you
figure-hdhp-min-deductible-family = Lowest deductible of an HSA plan, family
figure-hdhp-out-of-pocket-max-self = Most an HSA plan can make you pay in a year, just you
figure-hdhp-out-of-pocket-max-family = Most an HSA plan can make you pay in a year, family
figure-dpc-fee-cap-self = Highest monthly direct primary care fee that still allows an HSA, one person
figure-dpc-fee-cap-family = Highest monthly direct primary care fee that still allows an HSA, family
figure-hra-excepted-benefit-limit = Most an employer can put in an excepted-benefit HRA in a year
figure-medical-deduction-floor = Medical costs deductible above this share of income
savings-heading = { $who ->
    [other] How much could they save?
   *[self] How much could you save?
}
savings-hint = An estimate only. Paying with pre-tax money saves the tax you would have paid on it.
savings-plan-year = The plan year you are planning for
savings-plan-year-name = Plan year { $year }
savings-price = Price of one visit
savings-price-hint = For example: 90.00
savings-visits = Visits a year
savings-visits-hint = For example: 24
savings-visits-hint-prescribed = Leave empty to use your prescription: { $n } visits
savings-bracket = { $who ->
    [other] Their federal income tax bracket
   *[self] Your federal income tax bracket
}
percent = { $n }%
savings-bracket-name = Federal bracket { $n }%
savings-bracket-hint = { $who ->
    [other] Their bracket is on last year's tax return, or ask whoever prepares their taxes.
   *[self] Your bracket is on last year's tax return, or ask whoever prepares your taxes.
}
savings-state-rate = State income tax rate, in percent
savings-state-rate-hint = For example: 4.95, or 0
savings-state-rate-not-a-number = Please enter the rate as a number, like 4.95.
savings-state-rate-too-high = State income tax rates are at most about 15%. Please check it.
savings-through-payroll = My HSA money comes out of my paycheck
savings-through-payroll-they = Their HSA money comes out of their paycheck
savings-hsa-family = My HSA is for family coverage
savings-hsa-family-they = Their HSA is for family coverage
savings-fill-in = { $who ->
    [other] Fill in the price, the visits and their tax bracket to see an estimate.
   *[self] Fill in the price, the visits and your tax bracket to see an estimate.
}
savings-cost = Massage would cost about { $cost } a year ({ $visits } visits).
savings-saved = Paying through your { $account ->
    [fsa] FSA
   *[hsa] HSA
}, you would save about { $saved } a year ({ $rate }% in taxes).
savings-capped = Only { $amount } can be paid with pre-tax money, so the estimate stops there.
savings-no-new-money = Paying through the HSA saves no new tax: only the money already in it can be spent.
savings-balance-capped = The HSA holds { $amount }, so it can pay only that much of the cost.
savings-state-left-out = The state income tax rate is left out of this estimate.
savings-old-limits = The { $this_year } limits are not out yet, so this estimate uses the { $year } limits; the { $this_year } ones may be higher. Check with your plan.

## The call log
call-log-heading = { $who ->
    [other] Log your call about them
   *[self] Log your call
}
call-print-first = Print the checklist before you call
call-blank-checklist = blank call checklist
call-start-hint = Press Start call when you dial. The questions come one at a time, and everything you type is saved.
call-start = Start call
call-rep-name = Representative's name
call-reference = Reference number
call-outcome = Outcome and next steps
call-follow-up = Follow up on
call-done = Done with this call
call-times = on hold { $hold } – talking { $talk }
call-times-on-hold = On hold – on hold { $hold } – talking { $talk }
call-times-talking = Talking – on hold { $hold } – talking { $talk }
call-person-answered = A person answered
call-back-on-hold = Back on hold
call-end = End call
call-question-of = Question { $n } of { $total }
call-answer-name = Call answer { $answer }
call-note = What they said
call-previous-question = Previous question
call-next-question = Next question
call-your-calls = Your calls
call-untimed = Call
call-when = Call on { $date } at { $time }
call-spoke-to = spoke to { $name }
call-reference-is = reference { $reference }
call-edit = Edit
call-edit-name = Edit { $when }
call-checklist-of = checklist of { $when }

## Step 7, your plan
plan-papers = Papers to print
plan-paper-size = Paper size
paper-size-letter = US Letter
paper-size-a4 = A4
plan-everything = Everything you entered
plan-change = Change
plan-change-name = Change { $step }
plan-not-needed = Not needed for this case
plan-nothing-yet = Nothing entered yet.
plan-next = What to do next
plan-other-options = Other options, if you want to pay less
plan-due-today = (today)
plan-days-left = ({ $days ->
    [one] 1 day left
   *[other] { $days } days left
})
plan-days-ago = ({ $days ->
    [one] 1 day ago
   *[other] { $days } days ago
})
plan-finish-step = Finish step { $n }, "{ $title }".
plan-ways-to-pay = Ways to pay for massage
plan-not-for-this-case = Not for this case ({ $n })
verdict-likely = Likely
verdict-possible = Possible
verdict-unlikely = Unlikely
verdict-not-applicable = Does not apply
row-for = For
row-name = Name
row-date-of-birth = Date of birth
row-age = Age
row-state = State
row-coverage = Coverage
row-conditions = Conditions
row-in-your-words = In your words
row-papers = Papers
row-written-by = Written by
row-their-name = Their name
row-dated = Dated
row-how-often = How often
row-how-often-value = { $n } a { $period }
row-how-long = For how long
row-insurer = Insurer
row-phone = Phone
row-member-id = Member ID
row-group-number = Group number
row-massage-covered = Massage covered
row-benefit = Benefit
row-prescription-needed = Prescription needed
row-prior-authorization = Prior authorization
row-visits-a-year = Visits a year
row-in-network = In-network therapists
row-copay = Copay
row-coinsurance = Coinsurance
row-deductible-left = Deductible left
row-spoke-to = Spoke to
row-reference = Reference number
row-call-date = Call date
row-parts = Parts
row-advantage-plan = Advantage plan
row-massage-benefit = Massage benefit listed
row-medigap-plan = Medigap plan
row-accounts = Accounts
row-fsa-balance = FSA balance
row-plan-year-ends = FSA plan year ends
row-hsa-balance = HSA balance
row-hra-balance = HRA balance
row-letter-on-file = Letter on file
row-looking-into = Looking into
row-notes = Notes

## Guidance around the steps
sources-heading = Where does this come from?
sources-checked = Checked { $date }, { $strength ->
    [official] from the official source
    [secondary] from a secondary source; check with your plan
   *[unverified] common practice, not confirmed by an official source
}.
words-used-here = Words used here
explain-term = Explain { $term }
why-this-matters = Why this matters
what-to-do = What to do
learn-more = Learn more
glossary = Glossary
glossary-all-words = All words
figures-for = Figures for { $year }
figure-value = { $value } ({ $year })
figures-older = The app only has figures up to { $older }. The { $year } amounts may be different: check with your plan or the IRS.
figures-sources = Where do these come from?

## Papers: saving and printing
cancel = Cancel
doc-checklist = Call checklist
doc-checklist-what = To have in hand when you call your insurer.
doc-letter = Letter for your doctor
doc-letter-what = Asks your doctor for a letter of medical necessity.
doc-letter-english = Letter for your doctor, in English
doc-letter-english-what = The same letter in English, for a doctor who reads English.
doc-summary = Your plan
doc-summary-what = Every way to pay, what to do next, and your calls.
paper-save-as-pdf = Save as PDF…
paper-save-as-pdf-name = Save as PDF… { $what }
paper-print = Print
paper-print-dialog = Print…
paper-printing = Printing…
paper-printed-kiosk = Printed. Your pages are at the printer.
paper-print-paused-kiosk = Your pages are waiting: the printer is paused. Please ask at the front desk, or call { $phone }.
paper-print-failed-kiosk = Your pages did not print. Please ask at the front desk, or call { $phone }.
paper-saved = Saved the PDF to { $path }
paper-no-file-window = No file window can be shown on this computer. Type where to save the PDF instead.
paper-save-to = Save the PDF to this file
paper-save-pdf = Save PDF
paper-type-where = Please type where to save the PDF.
paper-replace-heading = A file with this name is already there
paper-replace-text = { $path } already exists. Replace it with this PDF? The old file will be gone.
paper-replace-keep = Keep the old file
paper-replace-yes = Replace it
paper-sent = Sent to the printer (job { $job }). Collect your pages at the printer.
paper-print-heading = Print
paper-looking = Looking for printers…
paper-no-printer = No printer is set up on this computer.
paper-choose-printer = Choose a printer
paper-default-printer = { $name } (default)
paper-sending = Sending to the printer…
paper-print-now = Print now
paper-save-instead = Save as PDF instead…

## The wizard around the steps
wizard-finished = I'm finished
wizard-all-cases = All cases
wizard-blocked = An answer on this page needs fixing before you move on. It is marked in red and is not saved yet. Fix it, or clear the field.
wizard-back = Back
wizard-next = Next
wizard-back-to = Back: { $title }
wizard-coming-up = Coming up: { $title }
wizard-next-step = Next: { $title }
wizard-step-heading = Step { $n } of { $total }: { $title }
wizard-saving = Saving…
wizard-saved-just-now = Saved just now
wizard-saved-at = Saved at { $time }
wizard-not-saved = Not saved yet
wizard-save-problem = Not saved yet: { $problem } Your answers are kept on screen and saving is tried again every few seconds.
close-unsaved-heading = Your latest answers are not saved
close-unsaved-text = The app could not save them: { $problem } If you close it now, those answers are lost.
close-keep-open = Keep the app open
close-try-again = Try again and close
close-without-saving = Close without saving
wizard-your-steps = Your steps
step-status = { $status ->
    [done] done
    [current] you are here
    [todo] still to do
   *[not-needed] not needed for this case
}
step-map-text = { $n }. { $title } – { step-status }
step-map-name = Step { $n }, { $title }, { step-status }

## The start screen
app-name = Massage Coverage Guide
start-intro = Step by step, find out how to get massage therapy paid for: a prescription, a call to your insurer, Medicare, and FSA or HSA money.
start-new-case = New case
start-import = Import…
start-no-cases = You have no saved cases yet. Start a new case: it takes about ten minutes, and you can stop at any time. Everything is saved on this computer.
start-problems = Some files could not be opened
start-problems-others-fine = Your other cases are fine.
start-no-file-window-open = No file window can be shown on this computer. Type where the file is instead.
start-no-file-window-save = No file window can be shown on this computer. Type where to save the copy instead.
start-export-heading = Export a copy of "{ $title }"
start-export-to = Save the copy to this file
start-save-copy = Save copy
start-import-from = Case file to import
start-import-this = Import this file
start-this-case = this case
start-delete-heading = Delete this case?
start-delete-warning = "{ $title }" and all its answers will be deleted from this computer. This cannot be undone.
start-keep-it = Keep it
start-delete = Delete
start-new-case-title = Case started { $date }
start-renamed = The case has a new name.
start-copy-title = Copy of { $title }
start-copied = A copy of the case was made.
start-deleted = The case was deleted.
start-type-where = Please type where to save the file.
start-exported = Saved a copy to { $path }
start-type-which = Please type which file to import.
start-imported = The case was imported. It is at the top of the list.
start-new-name = New name for this case
start-save-name = Save name
start-for-me = For me
start-for-name = For { $name }
start-for-someone = For someone I am helping
start-case-step = Step { $n } of { $total }: { $title } – Last changed { $when }
start-case-plan-ready = Plan ready: every step is done – Last changed { $when }
start-continue = Continue
start-rename = Rename
start-duplicate = Duplicate
start-export = Export…
start-delete-dialog = Delete…
start-insurer = Insurer: { $name }
start-no-insurance = No health insurance
start-title-mine = My case
start-title-mine-about = My case: { $condition }
start-title-about = Case: { $condition }
start-title-for = For { $who }
start-title-someone = For someone I am helping
start-title-who-about = { $who }: { $condition }
start-title-sciatica = sciatica
start-title-repetitive-strain = repetitive strain
start-title-after-surgery = recovery after surgery
start-title-sports-injury = sports injury
start-title-concussion = concussion
start-title-low-back-pain = low back pain
start-title-neck-pain = neck pain
short-date = { $month } { $day }, { $year }
month-jan = Jan
month-feb = Feb
month-mar = Mar
month-apr = Apr
month-may = May
month-jun = Jun
month-jul = Jul
month-aug = Aug
month-sep = Sep
month-oct = Oct
month-nov = Nov
month-dec = Dec
when-today = today at { $time }
when-yesterday = yesterday

## The reception kiosk
kiosk-intro = Find out how to get massage therapy paid for, step by step.
kiosk-privacy = Your answers stay on this screen only, and are cleared when you finish.
kiosk-printer-paused = For the front desk: the printer "{ $printer }" is paused. Papers will wait in its queue until it is started again.
kiosk-printer-missing = For the front desk: the printer "{ $printer }" cannot be reached. Printing will not work until it is set up.
kiosk-start = Start
kiosk-questions = Questions? Ask at the front desk or call { $phone }.
kiosk-before-you-go = Before you go
kiosk-print-papers = Would you like your papers printed? They come out at the printer.
kiosk-print-checklist = Print the call checklist
kiosk-print-letter = Print the letter for your doctor
kiosk-print-summary = Print the plan
kiosk-clear-and-finish = Clear my answers and finish
kiosk-back-to-answers = Back to my answers
kiosk-more-time = Do you need more time?
kiosk-cleared-in = Your answers will be cleared in { $n } seconds.
kiosk-yes-more-time = Yes, more time
kiosk-staff-exit = Staff exit
kiosk-staff-pin = Staff PIN
kiosk-pin-locked = Too many wrong PINs. Try again in { $n } seconds.
kiosk-exit = Exit kiosk
kiosk-pin-wrong = That PIN is not right.

## Text size and contrast, at the top of every screen
settings-text-size = Text size
settings-smaller = Smaller text
settings-larger = Larger text
settings-high-contrast = High contrast

## What is wrong with an answer, shown under its field. Numbers come already written ("10,000").
input-date-format = Please write the date as month/day/year, like 03/14/1961.
input-four-digit-year = Please write the year with four digits, like 1961.
input-no-such-month = There is no month { $month }. Months go from 1 to 12.
input-year-too-early = Please check the year: { $year } is too long ago.
input-day-zero = There is no day 0. Days start at 1.
input-days-in-month = { $month } has only { $last } days.
input-days-in-month-of-year = { $month } { $year } has only { $last } days.
input-future-date = That date is in the future. Please check it.
input-money-numbers-only = Please use numbers only, like 1,250.00.
input-money-cents = Please use at most two digits for cents, like 12.50.
input-money-negative = Please enter an amount of zero or more.
input-money-too-large = That amount looks too large. Please check it.
input-phone-letters = The letters after the number are not part of it. For an extension, type ext. and its digits, like 800-555-0123 ext. 12.
input-phone-symbols = Please write the phone number with digits only, like 800-555-0123.
input-phone-extension = Please write the extension as digits after ext., like ext. 123.
input-phone-not-us = This looks like a number outside the US. Please enter a US number with 10 digits.
input-phone-no-digits = Please write the phone number with its 10 digits, like 800-555-0123.
input-phone-digit-count = A US phone number has 10 digits; this one has { $count }.
input-too-long = This is { $count } { $n ->
    [one] character
   *[other] characters
} long; at most { $max } fit here. Please shorten it.
input-whole-number = Please enter a whole number, like 12.
input-out-of-range = Please enter a number from { $min } to { $max }.
month-name-january = January
month-name-february = February
month-name-march = March
month-name-april = April
month-name-may = May
month-name-june = June
month-name-july = July
month-name-august = August
month-name-september = September
month-name-october = October
month-name-november = November
month-name-december = December

## Problems with case files and settings. $path (or $id) always comes last; $reason ends "because …".
store-read = Could not read the case file because { $reason }; check that the file is there and that you may open it: { $path }
store-write = Could not save to the disk because { $reason }; check that there is free space and that you may write there, then try again: { $path }
store-folder = Could not open the folder for saved cases because { $reason }; check that you may write there or choose another folder: { $path }
store-parse = This file is not a case file this app can read ({ $problem }); it may be damaged, so try another copy: { $path }
store-parse-ends-early = the file ends too early
store-parse-at = problem at line { $line }, column { $column }
store-parse-no-format = it has no valid format number
store-parse-not-text = it is not text
store-newer = This case file was saved by a newer version of this app (format { $found }, this version knows up to { $known }); update the app to open it: { $path }
store-not-found = There is no saved case with this id; it may have been deleted: { $id }
store-too-large = This file is too large to be a case file (over { $megabytes } MB), so it was not opened; choose the case file you saved or exported: { $path }
store-invalid-id = This case has no valid file name, so it was not saved; give it a new id and try again, or report this bug.
store-serialize = Could not turn the case into text ({ $problem }); please report this bug.
store-io-not-found = it does not exist
store-io-permission = permission was denied
store-io-disk-full = the disk is full
store-io-quota = your disk quota is used up
store-io-read-only = the disk is read-only
store-io-is-a-folder = it is a folder, not a file
store-io-not-a-folder = a part of its path is a file, not a folder
store-io-already-exists = something with that name is already there
store-io-too-large = the file is too large
store-io-other = of a system error ({ $error })

## Problems with printing and making the PDF. $problem is what the system said.
print-not-installed = Printing is not available: CUPS is not installed on this computer. Save the PDF and print it from another program.
print-not-running = Printing is not available: the CUPS print service is not running. Start it, or save the PDF and print it from another program.
print-no-printer = No printer is set up on this computer, or none is chosen as the default. Choose a printer, or save the PDF and print it from another program.
print-unknown-printer = The printer "{ $name }" does not exist on this computer. Choose another printer, or save the PDF and print it from another program.
print-paused = The printer "{ $name }" is paused, so the document is waiting in its queue ({ $job }). Start the printer, or save the PDF and print it from another program.
print-refused = The printer did not accept the document ({ $problem }). Save the PDF and print it from another program.
print-io = Could not talk to the print service ({ $problem }). Save the PDF and print it from another program.
pdf-font = The built-in font { $name } could not be read, so no PDF was made; please report this bug.
pdf-failed = The PDF could not be made ({ $reason }); please report this bug.

## Files in the cases folder that could not be listed, and a settings file that was not used. $path comes last.
listing-not-a-case-name = A file in the cases folder does not have a case file name, so it was left alone: { $path }
listing-folder-named-like-a-case = A folder in the cases folder is named like a case file, so it was left alone: { $path }
listing-newer = A saved case comes from a newer version of this app, so it was left untouched; update the app to open it: { $path }
listing-moved-aside = A saved case could not be read because its file is damaged; it was moved aside so nothing is lost, and staff can look at it: { $path }
listing-not-moved-aside = A saved case could not be read because its file is damaged, and it could not be moved aside. { $problem }
settings-set-aside = Your settings file was damaged, so the app started with its usual settings; the old file was kept: { $path }
settings-not-set-aside = Your settings file was damaged and could not be moved aside because { $reason }: { $path }

## File windows
files-save-case-title = Save a copy of the case
files-open-case-title = Open a case file
files-case-kind = Case file
files-save-pdf-title = Save the PDF
files-pdf-kind = PDF document
