### «Kan jeg poste dette?»: spørsmål, svar og resultat.
### Hvert spørsmål er formulert slik at «ja» betyr risiko. For hvert spørsmål Q:
### check-Q (spørsmålet), check-Q-why (hvorfor, etter retningslinjen) og check-Q-do (hva du gjør i stedet).
### Kommentaren over hvert spørsmål sier alvorlighetsgrad (stopp / tenk deg om) og hvilke
### avsnitt i guideline.ftl teksten bygger på. Sjekklisten sier ikke mer enn retningslinjen.

## Spørsmål: pasienter og pårørende

# Stopp. Bygger på: d38049-patients-confidentiality, d38049-patients-consent, guide-confidentiality
check-patient = Nevner du en pasient eller pårørende, eller avslører du at noen er eller har vært pasient – selv anonymt?
check-patient-why = Taushetsplikten gjelder fullt ut, også for at noen er eller har vært pasient, og kjenner noen igjen saken, er den ikke anonym.
check-patient-do = Fjern all omtale av pasienter og pårørende, også anonym; del helse- og personopplysninger bare med eksplisitt samtykke fra den det gjelder.

# Stopp. Bygger på: d38049-patients-photos
check-background = Kan pasienter eller pårørende synes på bildet eller videoen, også i bakgrunnen?
check-background-why = Retningslinjen ber deg være forsiktig så pasienter og pårørende ikke kommer med, og bilder av andre er ikke lov å dele uten samtykke.
check-background-do = Ta et nytt bilde eller beskjær det, så ingen pasienter eller pårørende er med – heller ikke i bakgrunnen.

## Spørsmål: bilder og omtale av andre

# Stopp. Bygger på: d38049-patients-photos, d38049-colleagues-photos, d38049-colleagues-environment, guide-private
check-consent = Er andre – også kolleger – med i bildet, videoen eller teksten uten at de tydelig har sagt ja til deling?
check-consent-why = Det er ikke lov å dele bilder eller film av andre uten samtykke, heller ikke av kolleger eller gruppebilder.
check-consent-do = Spør alle som er med, og vent på et tydelig ja – ellers fjern dem. En god regel: legg bare ut om deg selv.

# Stopp. Bygger på: d38049-patients-photos
check-withdrawn = Har noen som sa ja til å være med på bildet eller videoen, ombestemt seg?
check-withdrawn-why = Angrer noen på at de sa ja til å være med på et bilde, har du plikt til å fjerne bildet.
check-withdrawn-do = Ikke legg det ut – og ligger det alt ute, ta det ned med en gang.

## Spørsmål: kontakt med pasienter og pårørende

# Stopp. Bygger på: d38049-patients-contact, d38049-patients-friends, d38049-patients-network, guide-role
check-patient-contact = Kontakter eller svarer du en pasient, bruker eller pårørende fra din private profil – venne- og følgeforespørsler også?
check-patient-contact-why = Stor risiko for rollesammenblanding: du bør ikke kommunisere privat med pasienter og pårørende, og skal ikke legge dem til som venn under behandling.
check-patient-contact-do = Avslå høflig med retningslinjens avslagstekst, og unngå selv å be pasienter eller pårørende om å følge deg eller bli venner.

## Spørsmål: lukkede grupper

# Stopp. Bygger på: d38049-colleagues-closed-groups
check-closed-group = Deler du noe du har taushetsplikt om i en gruppe, chat eller et «lukket» forum?
check-closed-group-why = Det finnes ingen «indre krets»: lukkede grupper er ikke sikre nok, så taushetspliktig informasjon må ikke diskuteres eller legges ut der.
check-closed-group-do = Ikke diskuter eller legg ut noe du har taushetsplikt om på sosiale medier, uansett hvor lukket gruppen er.

## Spørsmål: Sykehuset Innlandet som arbeidsplass

# Tenk deg om. Bygger på: d38049-workplace-own-behalf, d38049-workplace-questions, guide-role
check-on-behalf = Kan det virke som du taler for Sykehuset Innlandet – i faglige eller politiske saker, eller når du svarer om foretaket?
check-on-behalf-why = Andre kan lett tro at du representerer Sykehuset Innlandet, særlig som leder, og foretaket har regler for hvem som kan uttale seg for det.
check-on-behalf-do = Si tydelig at du uttaler deg på egne vegne og hold det saklig; vurder å henvise spørsmål til ledelsen, og følg foretakets regler for mediekontakt.

# Tenk deg om. Bygger på: d38049-workplace-logo, d38049-workplace-email
check-logo = Bruker eller viser du Sykehuset Innlandets navn eller logo, arbeidsantrekk, stillingstittelen din eller jobb-e-posten din?
check-logo-why = Det kan gi inntrykk av at du representerer Sykehuset Innlandet, og bruk av navn og logo skal avklares med arbeidsgiver.
check-logo-do = Unngå logo og arbeidsantrekk, og bruker du stillingstittel eller jobb-e-post, gjør det tydelig at du ikke uttaler deg for Sykehuset Innlandet.

# Tenk deg om. Bygger på: d38049-workplace-internal, d38049-workplace-active, guide-ambassador, d38049-colleagues-environment
check-internal = Kritiserer du interne forhold, forteller om negative forhold på jobben eller omtaler kolleger negativt?
check-internal-why = Negative forhold skal primært tas opp internt, du har ansvar for ikke unødig å skade arbeidsgiver, og kolleger skal omtales med respekt.
check-internal-do = Ta det opp med nærmeste leder (eventuelt tillitsvalgt eller verneombud), meld i systemet for uønskede hendelser, eller bruk rutinene for varsling.

## Spørsmål: din egen sikkerhet

# Tenk deg om. Bygger på: d38049-netiquette-personal-info, d38049-netiquette-location, d38049-netiquette-privacy
check-exposure = Kan opplysninger om deg misbrukes, eller kan innlegget eller stedstjenester vise hvor du er på jobb?
check-exposure-why = Opplysninger om deg som ansatt kan misbrukes til id-tyveri, trakassering eller sosial manipulering, og stedstjenester kan spore deg på jobb.
check-exposure-do = Fjern slike detaljer, slå av stedstjenester når du er på jobb, og sjekk personverninnstillingene dine.

## Sjekklisten: start og fremdrift

checklist-intro-privacy = Svarene dine blir bare på denne skjermen: ingenting lagres eller sendes, og appen spør aldri om teksten eller bildet i innlegget ditt.
checklist-progress = Spørsmål { $current } av { $total }

## Svar og navigering

answer-yes = Ja
answer-no = Nei
answer-not-sure = Usikker
checklist-previous = Forrige spørsmål
checklist-restart = Start på nytt

## Resultat

verdict-stop-title = Ikke post dette
verdict-stop-text = Ikke post dette slik det er nå: se grunnene under og hva du kan gjøre i stedet.
verdict-think-title = Tenk deg om først
verdict-think-text = Tenk deg om før du poster, og rett opp punktene under.
verdict-ok-title = Sjekklisten stopper deg ikke
verdict-ok-text = Gjør likevel alltid en selvstendig vurdering, og husk at alt du poster, kan bli lest av hvem som helst.

## Grunner

verdict-reasons = Grunner
reason-severity-stop = Stopp
reason-severity-think = Tenk deg om
reason-not-sure = Du var usikker
reason-read-more = Les mer:

## Handlinger

action-decline = Åpne avslagsmeldingen
action-take-down = Ta det ned nå – du har plikt til å fjerne det.
action-internal = Les om interne veier
action-location = Personvern- og posisjonsinnstillinger
