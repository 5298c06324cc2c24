### "Can I post this?": questions, answers and verdict.
### Every question is phrased so that "yes" means risk. For each question Q:
### check-Q (the question), check-Q-why (why, per the guideline) and check-Q-do (what to do instead).
### The comment above each question gives its severity (stop / think it over), the guideline sentence that sets it, and the
### paragraphs in guideline.ftl the text rests on. The checklist says no more than the guideline.
### Glossary terms as in glossary.ftl; pårørende = next of kin, as in guideline.ftl.

## Questions: patients and next of kin

# Stop: "Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes."
# Rests on: d38049-patients-confidentiality, d38049-patients-consent, d38049-patients-photos, guide-confidentiality
check-patient = Do you mention or show a patient or next of kin – even anonymously or in the background of a photo – or reveal that someone is or has been a patient?
check-patient-why = The duty of confidentiality applies in full, even to whether someone is or has been a patient. If anyone recognises the case, it is not anonymous, and patient stories must not be told, even anonymised.
check-patient-do = Remove any mention of patients or next of kin, and take a new photo with none of them in it, not even in the background. Do not tell patient stories, even anonymised; consent does not change that.

## Questions: photos and film of others

# Stop: "Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke."
# Rests on: d38049-patients-photos, d38049-colleagues-photos, guide-private
check-photo-consent = Are other people – colleagues too – in the photo or video without a clear yes to sharing it, or has someone who said yes changed their mind?
check-photo-consent-why = Sharing photos or film of other people without their consent is not permitted, including colleagues and group photos, and if someone who agreed changes their mind, you have a duty to remove the photo.
check-photo-consent-do = Ask everyone in it and wait for a clear yes, or take them out of the picture. If someone has changed their mind, don't post it, and if it is already up, take it down straight away.

## Questions: closed groups

# Stop: "… ansatte må derfor ikke diskutere eller legge ut taushetspliktig informasjon på disse stedene."
# Rests on: d38049-colleagues-closed-groups, guide-public
check-closed-group = Are you sharing something covered by your duty of confidentiality in a group, chat or "closed" forum?
check-closed-group-why = There is no "inner circle": closed groups are not secure enough, so information subject to the duty of confidentiality must not be discussed or posted there.
check-closed-group-do = Do not discuss or post anything covered by your duty of confidentiality on social media, however closed the group is.

## Questions: writing about others

# Think it over: "En god regel er ikke å legge ut informasjon og data av andre enn seg selv."
# Rests on: d38049-colleagues-environment, guide-private
check-others = Do you write about other people – colleagues, friends or family – or share details about them?
check-others-why = A good rule is not to post information about anyone but yourself, and what you say about colleagues must be in line with the values quality, safety and respect.
check-others-do = Ideally, write only about yourself, and be respectful when you mention colleagues.

## Questions: contact with patients and next of kin

# Think it over: "Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier."
# Rests on: d38049-patients-contact, d38049-patients-network, guide-role
check-patient-message = Are you writing to or answering a patient, service user or next of kin from your personal profile – for example a question about their treatment?
check-patient-message-why = You should not communicate with patients, service users or next of kin from a personal page: the risk of role confusion is high.
check-patient-message-do = Avoid answering questions about patients or treatment from your personal profile; ask them to contact the hospital through the usual channels instead. Take care when patients are in your network.

# Think it over: "Det anbefales at ansatte høflig avslår venne- eller følgeforespørsler fra pasienter eller deres pårørende …"
# Rests on: d38049-patients-friends, d38049-patients-network, guide-role
check-friend-request = Has a patient or next of kin asked to be your friend or to follow you – or do you want to ask one of them to?
check-friend-request-why = As a general rule you should not have patients or next of kin as friends, and you must not add them while they are under treatment.
check-friend-request-do = Decline politely, for example with the guideline's decline message, and avoid asking patients or next of kin to follow you or become friends.

## Questions: Sykehuset Innlandet as a workplace

# Think it over: "Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål."
# Rests on: d38049-workplace-own-behalf, d38049-workplace-questions, d38049-patients-trust, guide-role
check-on-behalf = Could you seem to speak for Sykehuset Innlandet – on professional or political issues, or answering questions about the trust?
check-on-behalf-why = Others can easily think you represent Sykehuset Innlandet, especially if you are a manager, and the trust has rules on who may speak for it.
check-on-behalf-do = Make clear you speak on your own behalf and keep it objective; consider referring questions to the management; follow the trust's rules for media contact.

# Think it over: "Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet …"
# Rests on: d38049-workplace-logo, d38049-workplace-email
check-logo = Do you use or show Sykehuset Innlandet's name or logo, work attire, your job title or your work email address?
check-logo-why = It can give the impression that you represent Sykehuset Innlandet, and use of its name and logo must be cleared with the employer.
check-logo-do = Avoid the logo and work attire; if you use your job title or work email address, make clear you are not speaking for Sykehuset Innlandet.

# Think it over: "Vær forsiktig med å eksponere interne forhold på arbeidsplassen."
# Rests on: d38049-workplace-internal, d38049-workplace-active, guide-ambassador, d38049-colleagues-environment
check-internal = Do you criticise internal matters, describe negative conditions at work, or speak negatively about colleagues?
check-internal-why = Negative conditions must primarily be raised internally, you are responsible for not causing the employer unnecessary harm, and colleagues must be spoken of with respect.
check-internal-do = Raise it with your immediate manager (or a union representative or safety representative), report it in the adverse-event reporting system, or use the whistleblowing procedures.

## Questions: your own safety

# Think it over: "Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre …"
# Rests on: d38049-netiquette-personal-info, d38049-netiquette-location, d38049-netiquette-privacy
check-exposure = Could details about you be misused, or could the post or location services show where you are at work?
check-exposure-why = Details about you as an employee can be misused for identity theft, harassment or social engineering, and location services can track you at work.
check-exposure-do = Remove such details, turn off location services when you are at work, and check your privacy settings.

## Checklist: start and progress

checklist-intro-privacy = Your answers stay on this screen only: nothing is saved or sent, and the app never asks for the text or picture of your post.
checklist-progress = Question { $current } of { $total }

## Answers and navigation

answer-yes = Yes
answer-no = No
answer-not-sure = Not sure
checklist-previous = Previous question
checklist-restart = Start again

## Verdict

verdict-stop-title = Don't post this
verdict-stop-text = Don't post this as it is now: see the reasons below and what to do instead.
verdict-think-title = Think it over first
verdict-think-text = Think it over before you post, and fix the points below.
verdict-ok-title = The checklist doesn't stop you
verdict-ok-text = Still, always make an independent assessment, and remember that anything you post can be read by anyone.

## Reasons

verdict-reasons = Reasons
reason-severity-stop = Stop
reason-severity-think = Think it over
reason-not-sure = You were not sure
reason-read-more = Read more:

## Actions

action-decline = Open the decline message
action-internal = Read about the internal channels
action-location = Privacy and location settings
