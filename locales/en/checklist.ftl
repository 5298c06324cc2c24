### "Can I post this?": questions, answers and verdict.
### Every question is phrased so that "yes" means risk. For each question Q:
### check-Q (the question), check-Q-why (why, per the guideline) and check-Q-do (what to do instead).
### The comment above each question gives its severity (stop / think it over) and the
### paragraphs in guideline.ftl the text rests on. The checklist says no more than the guideline.
### Glossary terms as in glossary.ftl; pårørende = next of kin, as in guideline.ftl.

## Questions: patients and next of kin

# Stop. Rests on: d38049-patients-confidentiality, d38049-patients-consent, guide-confidentiality
check-patient = Do you mention a patient or next of kin, or reveal that someone is or has been a patient – even anonymously?
check-patient-why = The duty of confidentiality applies in full, even to whether someone is or has been a patient; if anyone recognises the case, it is not anonymous.
check-patient-do = Remove any mention of patients or next of kin, even anonymous; share health and personal information only with explicit consent from the person concerned.

# Stop. Rests on: d38049-patients-photos
check-background = Could patients or next of kin be seen in the photo or video, even in the background?
check-background-why = The guideline asks for care so patients and next of kin stay out of the picture; sharing photos of others without consent is not permitted.
check-background-do = Take a new photo or crop it so that no patients or next of kin appear – not even in the background.

## Questions: photos and mention of others

# Stop. Rests on: d38049-patients-photos, d38049-colleagues-photos, d38049-colleagues-environment, guide-private
check-consent = Are other people – colleagues too – in the photo, video or text without clearly agreeing to it being shared?
check-consent-why = It is not permitted to share photos or film of other people without their consent, including colleagues and group photos.
check-consent-do = Ask everyone in it and wait for a clear yes, or remove them. A good rule: post only about yourself.

# Stop. Rests on: d38049-patients-photos
check-withdrawn = Has someone who agreed to be in the photo or video changed their mind?
check-withdrawn-why = If someone agreed to be in a photo but changes their mind, you have a duty to remove it.
check-withdrawn-do = Don't post it – and if it is already up, take it down straight away.

## Questions: contact with patients and next of kin

# Stop. Rests on: d38049-patients-contact, d38049-patients-friends, d38049-patients-network, guide-role
check-patient-contact = Are you contacting or answering a patient, user or next of kin from your personal profile – friend or follow requests too?
check-patient-contact-why = High risk of role confusion: you should not communicate privately with patients or next of kin, and must not add them as friends during treatment.
check-patient-contact-do = Decline politely using the guideline's decline text, and avoid asking patients or next of kin to follow you or become friends.

## Questions: closed groups

# Stop. Rests on: d38049-colleagues-closed-groups
check-closed-group = Are you sharing something covered by your duty of confidentiality in a group, chat or "closed" forum?
check-closed-group-why = There is no "inner circle": closed groups are not secure enough, so information under the duty of confidentiality must not be discussed or posted there.
check-closed-group-do = Do not discuss or post anything covered by your duty of confidentiality on social media, however closed the group is.

## Questions: Sykehuset Innlandet as a workplace

# Think it over. Rests on: d38049-workplace-own-behalf, d38049-workplace-questions, guide-role
check-on-behalf = Could you seem to speak for Sykehuset Innlandet – on professional or political issues, or answering questions about the trust?
check-on-behalf-why = Others can easily think you represent Sykehuset Innlandet, especially if you are a manager, and the trust has rules on who may speak for it.
check-on-behalf-do = Make clear you speak on your own behalf and keep it objective; consider referring questions to the management; follow the trust's rules for media contact.

# Think it over. Rests on: d38049-workplace-logo, d38049-workplace-email
check-logo = Do you use or show Sykehuset Innlandet's name or logo, work attire, your job title or your work email address?
check-logo-why = It can give the impression that you represent Sykehuset Innlandet, and use of its name and logo must be cleared with the employer.
check-logo-do = Avoid the logo and work attire; if you use your job title or work email address, make clear you are not speaking for Sykehuset Innlandet.

# Think it over. Rests on: d38049-workplace-internal, d38049-workplace-active, guide-ambassador, d38049-colleagues-environment
check-internal = Do you criticise internal matters, describe negative conditions at work, or speak negatively about colleagues?
check-internal-why = Negative conditions must primarily be raised internally, you are responsible for not causing the employer unnecessary harm, and colleagues must be spoken of with respect.
check-internal-do = Raise it with your immediate manager (or a union representative or safety representative), report it in the adverse-event reporting system, or use the whistleblowing procedures.

## Questions: your own safety

# Think it over. Rests on: d38049-netiquette-personal-info, d38049-netiquette-location, d38049-netiquette-privacy
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
action-take-down = Take it down now – you have a duty to remove it.
action-internal = Read about the internal channels
action-location = Privacy and location settings
