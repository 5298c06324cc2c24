### «Kan jeg poste dette?»: spørsmål, svar og resultat.
### Hvert spørsmål er formulert slik at «ja» betyr risiko. For hvert spørsmål Q:
### check-Q (spørsmålet), check-Q-why (hvorfor, etter retningslinjen) og check-Q-do (hva du gjør i stedet).
### Kommentaren over hvert spørsmål sier alvorlighetsgrad (stopp / tenk deg om), setningen i retningslinjen som gir den, og hvilke
### avsnitt i guideline.ftl teksten bygger på. Sjekklisten sier ikke mer enn retningslinjen.

## Spørsmål: pasienter og pårørende

# Stopp: «Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.»
# Bygger på: d38049-patients-confidentiality, d38049-patients-consent, d38049-patients-photos, guide-confidentiality
check-patient = Nevner eller viser du en pasient eller pårørende – også anonymt eller i bakgrunnen av et bilde – eller avslører du at noen er eller har vært pasient?
check-patient-why = Taushetsplikten gjelder fullt ut, også for at noen er eller har vært pasient. Kjenner noen igjen saken, er den ikke anonym, og pasienthistorier skal ikke fortelles, selv anonymisert.
check-patient-do = Fjern all omtale av pasienter og pårørende, og ta et nytt bilde der ingen av dem er med, heller ikke i bakgrunnen. Pasienthistorier skal du ikke fortelle, selv anonymisert, og et samtykke endrer ikke det.

## Spørsmål: bilder og film av andre

# Stopp: «Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke.»
# Bygger på: d38049-patients-photos, d38049-colleagues-photos, guide-private
check-photo-consent = Er andre enn deg – også kolleger – med på bildet eller videoen uten et tydelig ja til deling, eller har noen som sa ja, ombestemt seg?
check-photo-consent-why = Det er ikke lov å dele bilder eller film av andre uten samtykke, heller ikke av kolleger eller gruppebilder, og angrer noen på at de sa ja, har du plikt til å fjerne bildet.
check-photo-consent-do = Spør alle som er med, og vent på et tydelig ja – ellers ta dem ut av bildet. Har noen ombestemt seg, ikke legg det ut, og ligger det alt ute, ta det ned med en gang.

## Spørsmål: lukkede grupper

# Stopp: «… ansatte må derfor ikke diskutere eller legge ut taushetspliktig informasjon på disse stedene.»
# Bygger på: d38049-colleagues-closed-groups, guide-public
check-closed-group = Deler du noe du har taushetsplikt om, i en gruppe, chat eller et «lukket» forum?
check-closed-group-why = Det finnes ingen «indre krets»: lukkede grupper er ikke sikre nok, så taushetspliktig informasjon må ikke diskuteres eller legges ut der.
check-closed-group-do = Ikke diskuter eller legg ut noe du har taushetsplikt om på sosiale medier, uansett hvor lukket gruppen er.

## Spørsmål: omtale av andre

# Tenk deg om: «En god regel er ikke å legge ut informasjon og data av andre enn seg selv.»
# Bygger på: d38049-colleagues-environment, guide-private
check-others = Skriver du om andre – kolleger, venner eller familie – eller deler du opplysninger om dem?
check-others-why = En god regel er ikke å legge ut informasjon om andre enn deg selv, og omtale av kolleger skal være i tråd med verdiene kvalitet, trygghet og respekt.
check-others-do = Skriv helst bare om deg selv, og omtal kolleger med respekt.

## Spørsmål: kontakt med pasienter og pårørende

# Tenk deg om: «Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier.»
# Bygger på: d38049-patients-contact, d38049-patients-network, guide-role
check-patient-message = Skriver du til eller svarer en pasient, bruker eller pårørende fra din private profil – for eksempel på spørsmål om behandlingen?
check-patient-message-why = Du bør ikke kommunisere med pasienter, brukere eller pårørende fra en personlig side: her er risikoen stor for rollesammenblanding.
check-patient-message-do = Unngå å svare på spørsmål om pasienter eller behandling fra din private profil; be dem heller ta kontakt med sykehuset på vanlig måte. Vær varsom når pasienter er i nettverket ditt.

# Tenk deg om: «Det anbefales at ansatte høflig avslår venne- eller følgeforespørsler fra pasienter eller deres pårørende …»
# Bygger på: d38049-patients-friends, d38049-patients-network, guide-role
check-friend-request = Har en pasient eller pårørende bedt om å bli venn med deg eller følge deg – eller vil du be en av dem om det?
check-friend-request-why = Som hovedregel bør du ikke ha pasienter og pårørende som venner, og du skal ikke legge dem til mens de er under behandling.
check-friend-request-do = Avslå høflig, gjerne med avslagsteksten fra retningslinjen, og unngå å be pasienter eller pårørende om å følge deg eller bli venner.

## Spørsmål: Sykehuset Innlandet som arbeidsplass

# Tenk deg om: «Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål.»
# Bygger på: d38049-workplace-own-behalf, d38049-workplace-questions, d38049-patients-trust, guide-role
check-on-behalf = Kan det virke som du taler for Sykehuset Innlandet – i faglige eller politiske saker, eller når du svarer om foretaket?
check-on-behalf-why = Andre kan lett tro at du representerer Sykehuset Innlandet, særlig som leder, og foretaket har regler for hvem som kan uttale seg for det.
check-on-behalf-do = Si tydelig at du uttaler deg på egne vegne og hold det saklig; vurder å henvise spørsmål til ledelsen, og følg foretakets regler for mediekontakt.

# Tenk deg om: «Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet …»
# Bygger på: d38049-workplace-logo, d38049-workplace-email
check-logo = Bruker eller viser du Sykehuset Innlandets navn eller logo, arbeidsantrekk, stillingstittelen din eller jobb-e-posten din?
check-logo-why = Det kan gi inntrykk av at du representerer Sykehuset Innlandet, og bruk av navn og logo skal avklares med arbeidsgiver.
check-logo-do = Unngå logo og arbeidsantrekk, og bruker du stillingstittel eller jobb-e-post, gjør det tydelig at du ikke uttaler deg for Sykehuset Innlandet.

# Tenk deg om: «Vær forsiktig med å eksponere interne forhold på arbeidsplassen.»
# Bygger på: d38049-workplace-internal, d38049-workplace-active, guide-ambassador, d38049-colleagues-environment
check-internal = Kritiserer du interne forhold, forteller om negative forhold på jobben eller omtaler kolleger negativt?
check-internal-why = Negative forhold skal primært tas opp internt, du har ansvar for ikke unødig å skade arbeidsgiver, og kolleger skal omtales med respekt.
check-internal-do = Ta det opp med nærmeste leder (eventuelt tillitsvalgt eller verneombud), meld i systemet for uønskede hendelser, eller bruk rutinene for varsling.

## Spørsmål: din egen sikkerhet

# Tenk deg om: «Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre …»
# Bygger på: d38049-netiquette-personal-info, d38049-netiquette-location, d38049-netiquette-privacy
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
action-internal = Les om interne veier
action-location = Personvern- og posisjonsinnstillinger
