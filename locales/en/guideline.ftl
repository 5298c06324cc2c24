### Postvett – English translation of the two source documents.
### Sources: “Sosiale medier - Retningslinjer for ansattes bruk” (D38049, edition 3.02,
### valid from 20.03.2024) and “Bruk av sosiale medier – veiledning for ansatte”.
### The Norwegian text (locales/nb) is authoritative; this is a faithful translation, not a summary.
### British spelling. Fixed glossary (see glossary.ftl): taushetsplikt = duty of confidentiality,
### lojalitetsplikt = duty of loyalty, ytringsfrihet = freedom of expression, varsling = whistleblowing,
### tillitsvalgt = union representative, verneombud = health and safety representative, helseforetak = health trust,
### Sivilombudsmannen = the Parliamentary Ombudsman, åndsverkloven = the Copyright Act,
### uønskede hendelser = incidents ("systemet for uønskede hendelser" = the incident reporting system),
### nærmeste leder = line manager.
### Modal verbs: bør = should, skal = shall/must (skal ikke/må = must), som hovedregel / hovedregelen = as a general rule / the general rule,
### anbefales = is recommended, frarådes = are advised against.
### Other fixed renderings: pårørende = relative(s), brukere = service users, arbeidsantrekk = uniform/work clothing,
### negative forhold på arbeidsplassen = problems at work, avklares med arbeidsgiver = cleared with your employer,
### verdiene kvalitet, trygghet og respekt = the values of quality, safety and respect, foretaket = the trust, du = you; generic man = one
### (generic you only inside an imperative, where one would be unidiomatic).

## D38049: document data

d38049-title = Social media - Guidelines for employees’ use
d38049-kind = Administrative procedures
d38049-ref-communication = Communication - Social media, guideline
d38049-ref-whistleblowing = Whistleblowing - Censurable conditions

## D38049: Hensikt og omfang

d38049-purpose = Purpose and scope
# The source has no full stop at the end of this paragraph; the translation mirrors that.
d38049-purpose-p1 = The guideline applies to employees’ private use of social media. There are separate guidelines for Sykehuset Innlandet’s use of social media, see “Communication - Social media, guideline”
d38049-purpose-p2 = The distinction between the roles of private individual and employee is challenged in a particular way by the use of social media. The guidelines shall contribute to awareness of employees’ use of social media and of this distinction.
d38049-purpose-p3 = Such awareness is important out of consideration for, for example, the trust’s reputation, colleagues’ right to a safe workplace and the right of the patient and their relatives to confidentiality.
d38049-purpose-p4 = It is desired that Sykehuset Innlandet should have a good reputation. Confidence in the trust is crucial for patients and their relatives to feel safe. Employees have a duty of confidentiality as staff members of Sykehuset Innlandet. Employees also have an independent responsibility for ensuring that the privacy of patients and colleagues is safeguarded.

## D38049: Ansvar/målgruppe

d38049-audience = Responsibility/target group
d38049-audience-p1 = All employees and temporary staff, both health personnel and others, as well as hired-in (agency) personnel.

## D38049: Handling

d38049-procedure = Procedure

## D38049: Handling / Innledning og rettslig utgangspunkt

d38049-legal = Introduction and legal starting point
d38049-legal-p1 = Expressing oneself in (social) media on one’s own behalf is covered by the fundamental freedom of expression in Norway. The general rule is that employees, as private individuals, have full freedom of expression, including on matters that concern the workplace. But the employee’s freedom of expression may be limited in particular by two factors: the statutory duty of confidentiality that all employees have and the non-statutory duty of loyalty that an employee has to their employer, including colleagues.
d38049-legal-p2 = An unnecessary statement on the employee’s part in social media which is harmful to the employer or a colleague may in theory fall within what is considered to be one’s duty of loyalty. This may apply even if one expresses oneself in the media as a private individual. The employer may react to a statement when there is an “obvious risk of harm to the employer’s legitimate and objective interests” (cf. the Parliamentary Ombudsman’s decisions), but a very great deal is required before it can be said that freedom of expression is restricted in the case in question. Such a case must be assessed entirely on its specific facts.
d38049-legal-p3 = It will usually be permissible to make statements that are not subject to the duty of confidentiality, and that mainly express the employee’s own opinions. This also applies to statements that the employer perceives as unwanted, unfortunate or uncomfortable. Public employees have wide latitude – both in form and content – to express their opinion publicly, also about their own area of work and their own workplace.
d38049-legal-p4 = Whether a statement is disloyal in such a way that it is unlawful depends on a composite, discretionary assessment, which may give different results in different situations. Among other things, the assessment may turn out differently for employees at different position levels. Stricter requirements are placed on a manager than on others. This means that it can be difficult to give clear, general guidelines on the limits of what employees may express themselves about.

## D38049: Handling / Forholdet til pasienter/brukere
## (The decline text between d38049-patients-friends and d38049-patients-network is
## the message decline-message in decline.ftl.)

d38049-patients = Relationship with patients/service users
# The source has no full stop at the end of this item; the translation mirrors that.
d38049-patients-trust = When using social media, employees should conduct themselves in such a way that the public’s trust in health personnel and in the health and care service is maintained. Even though employees have full freedom of expression, consider how a reader will perceive the statement in social media if the reader knows that the person making it is employed by a health trust
d38049-patients-confidentiality = The duty of confidentiality applies in full in connection with social media and must always be observed. Avoid any mention of patients or their relatives, even if this is done anonymously. A case is not mentioned anonymously if someone, possibly the patient themselves, identifies it as their case. In that event there is a breach of the duty of confidentiality. Do not publish health and personal information without consent from the person the information concerns.
d38049-patients-photos = Be careful when photos or video clips are taken, so that patients or relatives do not appear in the picture. If photos or film are taken at the workplace, care must be taken that staff are not disturbed. It is not permitted to publish/share photos of other people on social media or elsewhere without their consent. This also applies to photos/film of colleagues and group photos. If someone has agreed to be in a photo but changes their mind, one has a duty to remove the photo.
d38049-patients-consent = Explicit consent is a prerequisite if health and personal information is shared online. Even if consent has been given, employees should always make an independent assessment. Employees must not tell/pass on patient/service user stories, even in anonymised form.
d38049-patients-contact = Employees should not communicate with patients, service users or their relatives from a personal page on social media. Here the risk of role confusion is high.
d38049-patients-friends = As a general rule, employees should not have patients and their relatives as "friends" on Facebook or other social media, and employees must not add them as a "friend" while they are under treatment. It is recommended that employees politely decline friend or follow requests from patients or their relatives in order to avoid ending up in a conflict situation with regard to the duty of confidentiality. Employees should also avoid asking patients or relatives, the other way round, to follow or become friends with them. If one is to decline a contact request, the following text can be adapted and used:
d38049-patients-network = Exercise caution in cases where former or current patients/service users are otherwise in the same network as the employee.

## D38049: Handling / Forholdet til Sykehuset Innlandet som arbeidsplass

d38049-workplace = Relationship with Sykehuset Innlandet as a workplace
d38049-workplace-active = Feel free to be active on social media, but remember where you work. Sykehuset Innlandet wishes to be an open and responsible institution with engaged staff. At the same time, it is important to bear in mind the relationship of trust and the relationship of loyalty between employer and employee. This means that, as an employee, one has a responsibility not to cause unnecessary harm to the employer or to the workplace’s reputation. Therefore think through the consequences for Sykehuset Innlandet before you, as an employee, publish anything that concerns your own workplace.
d38049-workplace-own-behalf = Even if one, as an employee, expresses oneself as a private individual, it may be easy for others to think that the statement represents Sykehuset Innlandet. This applies especially if the employee is a manager. Make it clear that you, as an employee, are speaking on your own behalf, particularly on professional and political issues. Keep debates at an objective level.
d38049-workplace-questions = If an employee receives questions via social media about Sykehuset Innlandet or about Sykehuset Innlandet’s view on current issues – think through whether this is something you, as an employee, should answer yourself, or whether you should refer the matter to the management. Employees must comply with Sykehuset Innlandet’s rules for media contact.
d38049-workplace-logo = Avoid using Sykehuset Innlandet’s logo or uniform/work clothing, or in any other way giving the impression that you represent Sykehuset Innlandet, when you act as a private individual on social media. Use of Sykehuset Innlandet’s name and logo must be cleared with your employer. If employees use their job title and work email address on social media, it must be clear that they are not speaking on behalf of Sykehuset Innlandet.
d38049-workplace-email = Be conscious of the use of a work email address on social media.
d38049-workplace-internal = Be careful about exposing internal matters at the workplace. If employees experience problems at work, these must primarily be raised internally with their line manager, reported in the incident reporting system, or employees can use the procedures for whistleblowing – these are what must be followed.
d38049-workplace-photos = As a general rule, the employee must consent to the organisation publishing photos of them on social media.

## D38049: Handling / Bruk av sosiale medier helsepersonell og andre ansatte imellom

d38049-colleagues = Use of social media among health personnel and other employees
d38049-colleagues-environment = As an employee, one shares responsibility for a good working environment. Communication relating to colleagues must be in line with the values of quality, safety and respect, both at work and outside working hours. A good rule is not to post information and data about anyone other than oneself.
d38049-colleagues-closed-groups = There is no “inner circle” on social media, and more or less closed groups on social media are not secure enough in terms of information security either, and employees must therefore not discuss or post information subject to the duty of confidentiality in these places.
d38049-colleagues-photos = Do not publish photos of colleagues or anyone else without the person concerned having consented.

## D38049: Handling / Generelle råd/nettvett

d38049-netiquette = General advice/netiquette
d38049-netiquette-personal-info = Be careful about posting information about yourself as an employee that can be misused by others, e.g. in connection with identity theft, the risk of being harassed or social engineering.
d38049-netiquette-requests = Be wary of requests you receive as an employee; they may contain or link to malicious software.
d38049-netiquette-privacy = Be conscious of how you, as an employee, set the privacy settings in the services that are used.
d38049-netiquette-location = Turn off location services on social media that can track you as an employee when you are at work. This is especially important for employees who work in mobile or outreach services/outside the hospital’s premises.

## Guide: document data

guide-title = Use of social media – guidance for employees

## Guide: Bakgrunn

guide-background = Background
guide-background-p1 = Social media are becoming an ever larger part of our everyday lives. This applies to online communities such as Facebook and Twitter, image-sharing services such as Instagram and Flickr, blogs and many other web-based social media.

## Guide: Sosiale medier er offentlige

guide-public = Social media are public
guide-public-p1 = The tone on social media can resemble private, confidential conversations, and it is therefore easy to forget that what is written here consists of public statements. Even if you restrict who is to see your posts and comments, you have no control over whether someone chooses to pass them on. You must therefore regard everything you write on social media as public statements, which anyone at all can read.

## Guide: Vi har taushetsplikt overfor pasienter

guide-confidentiality = We have a duty of confidentiality towards patients
guide-confidentiality-p1 = We have a duty of confidentiality regarding all patient information. This also applies to information that someone *is* or *has been* a patient with us. We therefore cannot post information of the type: “Met Kari Nordmann in the waiting room today.”

## Guide: Privat informasjon er privat

guide-private = Private information is private
guide-private-p1 = Do not share photos or video of anyone other than yourself without permission. There is freedom of expression in Norway, but at the same time we have strong privacy protection. The Copyright Act regulates who has the right to publish, among other things, photos, videos and texts.

## Guide: Vær tydelig på rolle

guide-role = Be clear about your role
guide-role-p1 = Everyone has freedom of expression and can say what they want as a private individual. The health trusts have rules on who may speak on behalf of the trust. In an informal tone, it can sometimes be difficult to see whether a professional is speaking as a private individual or on behalf of their employer. Therefore be clear in situations where doubt may arise. There is a difference between being a clinician and being a private friend. We therefore do not recommend becoming Facebook friends with people you only know through a patient relationship.

## Guide: Vær en positiv ambassadør

guide-ambassador = Be a positive ambassador
guide-ambassador-p1 = We hope our employees will be positive ambassadors for us – also on social media. Speak well of your workplace, if you enjoy it there and feel you have a meaningful and interesting job. Disagreements and criticism of internal matters are, as a rule, best raised with your line manager, or alternatively your union representative or health and safety representative.

## Guide: Du kan få hjelp til å slette innhold du ikke vil ha på nett

guide-delete = You can get help deleting content you do not want online
# "Lover og rettigheter" is the tab's name on the Norwegian website, so it stays in Norwegian.
guide-delete-link = See your rights at slettmeg.no under the tab Lover og rettigheter (Laws and rights).

## Guide: sign-off
## The heading guide-signoff is not in the source; it is the app's own label.

guide-signoff = Sign-off
guide-signoff-read = The guidance has been read and understood:
guide-signoff-place-date = Place/date
guide-signoff-signature = Employee signature
