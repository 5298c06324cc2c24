### "Can I post this?": the situations, the questions and the verdict.
### First the person picks what they are about to do (situation-S, with a line under it: situation-S-hint).
### Then only the questions that apply are asked. For each question Q:
### check-Q (the question), check-Q-counts (one or two lines of "what counts", shown while answering),
### and for a question that can give a reason: check-Q-why (why, per the guideline) and check-Q-do (what to do instead).
### The comment above each question gives its severity (stop / think it over), the answer that carries it,
### the guideline sentence that sets it, and the paragraphs in guideline.ftl the text rests on.
### The checklist says no more than the guideline. Glossary terms as in glossary.ftl; pårørende = relative.

## The situations

checklist-situation-legend = What are you about to do?
situation-photo = A photo or a video
situation-photo-hint = to post, share or send
situation-write = A post or a comment
situation-write-hint = that you are writing
situation-react = A reaction or a share
situation-react-hint = when you like or share someone else's post
situation-message = A message
situation-message-hint = to send or answer, in chats and groups too
situation-request = A friend or follow request
situation-request-hint = that you have received or want to send
situation-question = A question about work
situation-question-hint = about Sykehuset Innlandet, or from a journalist
situation-posted = Something you have already posted
situation-posted-hint = a post, a photo or a video

## Patients and relatives

# Think it over on "yes": "Unngå all omtale av pasienter eller deres pårørende selv om dette gjøres anonymt."
# A "yes" or "not sure" opens patient-consent and patient-story.
# Rests on: d38049-patients-confidentiality, guide-confidentiality, d38049-patients-photos, d38049-colleagues-closed-groups, guide-public
check-patient = Do you show or mention a patient or a relative?
check-patient-counts =
    Anyone you know as a patient or relative through your work, now or in the past – even just the fact that someone is or has been a patient.
    This also applies when it is anonymous, in the background of a photo, on a screen or whiteboard, and in closed groups and messages: there is no "inner circle".
check-patient-why = You should avoid any mention of patients and relatives, even anonymously. Even with consent, you should always make an independent assessment.
check-patient-do = Think about whether you need to show or mention them at all, and take it out if in doubt.

# Stop on "no": "Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes."
# Rests on: d38049-patients-confidentiality, d38049-patients-consent, guide-confidentiality
check-patient-consent = Has the person it concerns given you explicit consent to share exactly this?
check-patient-consent-counts =
    The consent must be explicit and come from the person the information is about.
    Consent you are unsure of is not explicit.
check-patient-consent-why = The duty of confidentiality applies in full, including to the fact that someone is or has been a patient, and must always be observed. Do not publish health or personal information without the consent of the person it concerns, and remember that if anyone recognises the case, it is not anonymous.
check-patient-consent-do = Take out any mention of the patient or relative, and use only photos that show none of them, not even in the background.

# Stop on "yes": "Ansatte skal ikke fortelle/videreformidle pasient-/brukerhistorier selv i en anonymisert form."
# Rests on: d38049-patients-consent
check-patient-story = Are you telling a patient's or service user's story, even anonymised?
check-patient-story-counts =
    A story about a patient or service user you have met through your work, also when you retell something others have told you.
check-patient-story-why = Patient and service user stories must not be told or passed on, not even anonymised.
check-patient-story-do = Don't tell the story, and don't pass it on.

# Stop on "yes": "Vi har taushetsplikt om all pasientinformasjon."
# Rests on: guide-confidentiality-p1, d38049-patients-confidentiality, d38049-patients-network
check-reaction-patient = Could your like, comment or share show that you know someone as a patient or relative through your work?
check-reaction-patient-counts =
    For example, liking or sharing a post by someone you have treated, or by a relative.
    Former patients too: the duty of confidentiality also covers the fact that someone has been a patient.
check-reaction-patient-why = The duty of confidentiality covers all patient information, even the fact that someone is or has been a patient, and a public reaction can reveal it.
check-reaction-patient-do = Don't like, comment on or share it in public.

# Think it over on "yes": "Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier."
# Rests on: d38049-patients-contact, d38049-patients-network, guide-role
check-patient-contact = Are you answering a patient, service user or relative from your personal profile?
check-patient-contact-counts =
    Someone you know as a patient, service user or relative through your work, now or in the past.
    Politely declining a friend request with the decline message does not count.
check-patient-contact-why = You should not communicate with patients, service users or relatives from a personal page: the risk of mixing up roles is high.
check-patient-contact-do = Don't answer questions about patients or treatment from your personal profile; ask them to contact the hospital in the usual way instead.

## Friend and follow requests

# Think it over on "yes": "Som hovedregel bør ansatte ikke ha pasienter og deres pårørende som "venner" på Facebook eller andre sosiale medier …"
# A "yes" or "not sure" opens request-treatment.
# Rests on: d38049-patients-friends, guide-role, d38049-patients-network
check-request-patient = Do you know the person as a patient or relative through your work, now or in the past?
check-request-patient-counts =
    This applies to a request you have received and to one you want to send.
    Also someone you only know through a patient relationship.
check-request-patient-why = As a general rule you should not have patients and relatives as friends, and it is recommended that you decline their requests politely. You should not ask them yourself either.
check-request-patient-do = Decline politely, for example with the guideline's decline message, and avoid asking patients or relatives to follow you or become friends.

# Stop on "yes": "… ansatte skal ikke legge dem til som "venn" når de er under behandling …"
# Rests on: d38049-patients-friends
check-request-treatment = Is the person under treatment with us now, or a relative of someone who is?
check-request-treatment-counts =
    If you are not sure whether the treatment has ended, answer "Not sure".
check-request-treatment-why = You must not add patients or relatives as friends while they are under treatment.
check-request-treatment-do = Don't add them. Decline politely, for example with the guideline's decline message.

# Think it over on "yes": "Vær varsom med forespørsler du som ansatt mottar, de kan inneholde eller lenke til skadelig programvare."
# Rests on: d38049-netiquette-requests
check-link = Does the request have a link or an attachment?
check-link-counts =
    In a message that comes with it too, and when it seems to come from someone you know.
check-link-why = Requests you receive as an employee can contain or link to malicious software.
check-link-do = Be wary: don't open the link or attachment until you know who it is from.

## Photos and film

# No severity: a "yes" or "not sure" opens photo-consent.
# Rests on: d38049-patients-photos, d38049-colleagues-photos, guide-private
check-others-pictured = Is anyone other than you in the photo or video, even in the background?
check-others-pictured-counts =
    Including people you can only just make out, in a mirror or a window, and colleagues.
    If you are not sure, look closely at the picture before you answer.

# Stop on "no": "Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke."
# Rests on: d38049-patients-photos, d38049-colleagues-photos, guide-private
check-photo-consent = Have all the others clearly said yes to you sharing it?
check-photo-consent-counts =
    Every one of them, colleagues and everyone in a group photo too.
    If someone said yes but has changed their mind, the answer is no.
check-photo-consent-why = Sharing photos or film of other people without their consent is not allowed, including photos of colleagues and group photos.
check-photo-consent-do = Ask everyone in it and wait for a clear yes, or take them out of the picture. If it is already up, take it down.

# Stop on "yes": "Dersom noen har sagt ja til å være med på et bilde, men angrer seg, har man plikt til å fjerne bildet."
# Rests on: d38049-patients-photos, d38049-colleagues-photos
check-takedown = Has anyone in it changed their mind, or asked you to take it down?
check-takedown-counts =
    This applies to photos and videos you have posted, old ones too.
check-takedown-why = If someone agreed to be in a photo but has changed their mind, you have a duty to remove it.
check-takedown-do = Take it down straight away.

# Think it over on "yes": "Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet …"
# Rests on: d38049-workplace-logo, d38049-workplace-email
check-logo = Does the photo or video show Sykehuset Innlandet's logo, or anyone in uniform or work clothing?
check-logo-counts =
    This is about what you post yourself, not Sykehuset Innlandet's own posts that you share as they are.
    If you use your job title or work email on your profile, it must be clear that you are not speaking on behalf of Sykehuset Innlandet.
check-logo-why = It can give the impression that you represent Sykehuset Innlandet, and use of its name and logo must be cleared with your employer.
check-logo-do = Avoid the logo and work clothing when you post as a private individual, or have the use cleared with your employer.

# Think it over on "yes": "Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre …"
# Rests on: d38049-netiquette-personal-info, d38049-netiquette-privacy
check-badge = Does the photo or video show your access card or name badge?
check-badge-counts =
    Including a card or badge hanging in the background.
check-badge-why = Information about you as an employee can be misused by others, for example for identity theft, harassment or social engineering.
check-badge-do = Take a photo without the card and badge, and check your privacy settings.

## Where you are

# Think it over on "yes": "Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre …"
# A "yes" or "not sure" opens patient-place.
# Rests on: d38049-netiquette-location, d38049-netiquette-personal-info, d38049-netiquette-privacy
check-location = Do you show where or when you are at work – in the picture, in the text or with a location tag?
check-location-counts =
    This is about where you are and your hours, not just who you work for.
    This is especially important if you work in mobile or outreach services, away from the hospital's premises.
check-location-why = Information about where and when you are at work can be misused by others, and location services can track you as an employee while you are at work.
check-location-do = Remove the location tag and the times, and turn off location services when you are at work.

# Stop on "yes": "Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes."
# Rests on: d38049-patients-confidentiality, guide-confidentiality, d38049-netiquette-location
check-patient-place = Could the place or the time show where a patient is or lives?
check-patient-place-counts =
    For example, a location-tagged story from a call-out, a home visit or an accident.
    If anyone, the patient included, can recognise the case, it is not anonymous.
check-patient-place-why = The duty of confidentiality applies in full: if anyone can recognise the case from the place and time, it is not anonymous.
check-patient-place-do = Take out the place and time that could show where a patient is or lives.

## Colleagues and others

# Stop on "yes": "Kommunikasjon knyttet til kollegaer skal være i tråd med verdiene kvalitet, trygghet og respekt, både på jobb og utenfor arbeidstiden."
# Rests on: d38049-colleagues-environment, guide-ambassador
check-colleague-respect = Do you mock, shame or belittle a colleague?
check-colleague-respect-counts =
    As a joke too, in a closed group and outside working hours.
check-colleague-respect-why = What you write about colleagues must be in line with the values of quality, safety and respect, at work and outside working hours.
check-colleague-respect-do = Don't. Disagreements are usually best raised with your line manager, or your union representative or health and safety representative.

# Think it over on "yes": "En god regel er ikke å legge ut informasjon og data av andre enn seg selv."
# Rests on: d38049-colleagues-environment, guide-private
check-others-info = Do you share personal details about anyone other than yourself?
check-others-info-counts =
    For example about their health, their family or where they are.
    Praising your colleagues or your workplace does not count.
check-others-info-why = A good rule is not to post information about anyone but yourself.
check-others-info-do = Ideally, write only about yourself.

## Sykehuset Innlandet as a workplace

# Think it over on "yes": "Vær forsiktig med å eksponere interne forhold på arbeidsplassen."
# Rests on: d38049-workplace-internal, d38049-workplace-active, guide-ambassador
check-internal = Do you criticise something at work, or talk about problems there?
check-internal-counts =
    Also when you share someone else's post about it.
    Speaking well of your workplace does not count.
check-internal-why = Problems at work must primarily be raised internally, and you have a responsibility not to harm your employer or your workplace's reputation unnecessarily.
check-internal-do = Raise it with your line manager (or your union representative or health and safety representative), report it in the incident reporting system, or use the whistleblowing procedures.

# Think it over on "yes": "Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål."
# Rests on: d38049-workplace-own-behalf, guide-role
check-opinion = Do you give your opinion on a professional or political question?
check-opinion-counts =
    For example about treatment, health policy or how the hospital is run.
    Especially if you are a manager: others may easily think you speak for Sykehuset Innlandet.
check-opinion-why = Others may easily think you are speaking for Sykehuset Innlandet, especially if you are a manager.
check-opinion-do = Make it clear that this is your own view, and keep the debate factual.

# Think it over on "yes": "Ved bruk av sosiale medier bør ansatte opptre på en slik måte at befolkningens tillit til helsepersonell og helse- og omsorgstjenesten ivaretas"
# Rests on: d38049-patients-trust, guide-role
check-health-advice = Do you give health advice online, or say something about someone's health?
check-health-advice-counts =
    In comments and groups too, and to people you don't know.
    Readers who know you work for a health trust may take it as professional advice.
check-health-advice-why = You should act in a way that keeps the public's trust in health professionals and health services, and think about how a reader will see it when they know you work for a health trust.
check-health-advice-do = Think about how it will be read, and make it clear that you are speaking as a private individual. Being someone's clinician is different from being their private friend.

# Think it over on "yes": "… tenk gjennom om dette er noe man som ansatt bør svare på selv …"
# Rests on: d38049-workplace-questions, guide-role
check-media = Is a journalist or a news organisation asking?
check-media-counts =
    Also when they ask on social media or in a private message.
check-media-why = You must follow Sykehuset Innlandet's rules for contact with the media, and health trusts have rules on who may speak on their behalf.
check-media-do = Think about whether you should answer yourself or refer them to management, and follow the rules for contact with the media.

# Think it over on "yes": "… tenk gjennom om dette er noe man som ansatt bør svare på selv …"
# Rests on: d38049-workplace-questions, guide-role
check-trust-question = Are they asking about Sykehuset Innlandet, or its view on a current issue?
check-trust-question-counts =
    Also when a friend asks in a comment.
    If they only ask about your own job, answer no.
check-trust-question-why = If you are asked about Sykehuset Innlandet or its view, you should think about whether to answer yourself, and health trusts have rules on who may speak on their behalf.
check-trust-question-do = Think about whether you should answer yourself or refer them to management. If you answer, make it clear that you are speaking for yourself.

## The question screen

checklist-intro-privacy = Your answers stay on this screen only: nothing is saved or sent, and the app never asks for your text or picture.
checklist-progress = Question { $current } of { $total }
checklist-counts = What counts?
checklist-read-guideline = Read the guideline:

## Answers and navigation

answer-yes = Yes
answer-no = No
answer-not-sure = Not sure
checklist-previous = Previous question
checklist-back = Back to the choices
checklist-restart = Check something else

## Verdict

verdict-stop-title = { $situation ->
        [posted] Take it down
       *[other] Don't do this
    }
verdict-stop-text = { $situation ->
        [posted] As it stands, it goes against the guideline: see the reasons below and what you can do.
       *[other] Don't do it as it is now: see the reasons below and what to do instead.
    }
verdict-think-title = { $situation ->
        [posted] Think about whether it should stay up
       *[other] Think it over first
    }
verdict-think-text = { $situation ->
        [posted] Look at the points below, and fix or take down what needs it.
       *[other] Think it over before you go ahead, and fix the points below.
    }
verdict-ok-title = { $situation ->
        [posted] The checklist finds nothing to take down
       *[other] The checklist doesn't stop you
    }
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
action-media = Read about questions about the trust and media contact
action-photo-check = Check the photo itself
