### «Kan eg poste dette?»: spørsmål, svar og resultat.
### Kvart spørsmål er formulert slik at «ja» tyder risiko. For kvart spørsmål Q:
### check-Q (spørsmålet), check-Q-why (kvifor, etter retningslinja) og check-Q-do (kva du gjer i staden).
### Kommentaren over kvart spørsmål seier alvorsgrad (stopp / tenk deg om), setninga i retningslinja som gir han, og kva
### avsnitt i guideline.ftl teksten byggjer på. Sjekklista seier ikkje meir enn retningslinja.

## Spørsmål: pasientar og pårørande

# Stopp: «Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.»
# Byggjer på: d38049-patients-confidentiality, d38049-patients-consent, d38049-patients-photos, guide-confidentiality
check-patient = Nemner eller viser du ein pasient eller pårørande – også anonymt eller i bakgrunnen på eit bilete – eller avslører du at nokon er eller har vore pasient?
check-patient-why = Teieplikta gjeld fullt ut, også for at nokon er eller har vore pasient. Kjenner nokon att saka, er ho ikkje anonym, og pasienthistorier skal ikkje forteljast, sjølv anonymiserte.
check-patient-do = Fjern all omtale av pasientar og pårørande, og ta eit nytt bilete der ingen av dei er med, heller ikkje i bakgrunnen. Pasienthistorier skal du ikkje fortelje, sjølv anonymiserte, og eit samtykke endrar ikkje det.

## Spørsmål: bilete og film av andre

# Stopp: «Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke.»
# Byggjer på: d38049-patients-photos, d38049-colleagues-photos, guide-private
check-photo-consent = Er andre enn deg – også kollegaer – med på biletet eller videoen utan eit tydeleg ja til deling, eller har nokon som sa ja, ombestemt seg?
check-photo-consent-why = Det er ikkje lov å dele bilete eller film av andre utan samtykke, heller ikkje av kollegaer eller gruppebilete, og angrar nokon på at dei sa ja, har du plikt til å fjerne biletet.
check-photo-consent-do = Spør alle som er med, og vent på eit tydeleg ja – elles ta dei ut av biletet. Har nokon ombestemt seg, ikkje legg det ut, og ligg det alt ute, ta det ned med ein gong.

## Spørsmål: lukka grupper

# Stopp: «… ansatte må derfor ikke diskutere eller legge ut taushetspliktig informasjon på disse stedene.»
# Byggjer på: d38049-colleagues-closed-groups, guide-public
check-closed-group = Deler du noko du har teieplikt om, i ei gruppe, ein chat eller eit «lukka» forum?
check-closed-group-why = Det finst ingen «indre krets»: lukka grupper er ikkje sikre nok, så teiepliktig informasjon må ikkje diskuterast eller leggjast ut der.
check-closed-group-do = Ikkje diskuter eller legg ut noko du har teieplikt om, på sosiale medium, uansett kor lukka gruppa er.

## Spørsmål: omtale av andre

# Tenk deg om: «En god regel er ikke å legge ut informasjon og data av andre enn seg selv.»
# Byggjer på: d38049-colleagues-environment, guide-private
check-others = Skriv du om andre – kollegaer, vener eller familie – eller deler du opplysningar om dei?
check-others-why = Ein god regel er ikkje å leggje ut informasjon om andre enn deg sjølv, og omtale av kollegaer skal vere i tråd med verdiane kvalitet, tryggleik og respekt.
check-others-do = Skriv helst berre om deg sjølv, og omtal kollegaer med respekt.

## Spørsmål: kontakt med pasientar og pårørande

# Tenk deg om: «Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier.»
# Byggjer på: d38049-patients-contact, d38049-patients-network, guide-role
check-patient-message = Skriv du til eller svarar ein pasient, brukar eller pårørande frå den private profilen din – til dømes på spørsmål om behandlinga?
check-patient-message-why = Du bør ikkje kommunisere med pasientar, brukarar eller pårørande frå ei personleg side: her er risikoen stor for rollesamanblanding.
check-patient-message-do = Unngå å svare på spørsmål om pasientar eller behandling frå den private profilen din; be dei heller ta kontakt med sjukehuset på vanleg måte. Ver varsam når pasientar er i nettverket ditt.

# Tenk deg om: «Det anbefales at ansatte høflig avslår venne- eller følgeforespørsler fra pasienter eller deres pårørende …»
# Byggjer på: d38049-patients-friends, d38049-patients-network, guide-role
check-friend-request = Har ein pasient eller pårørande bede om å bli ven med deg eller følgje deg – eller vil du be ein av dei om det?
check-friend-request-why = Som hovudregel bør du ikkje ha pasientar og pårørande som vener, og du skal ikkje leggje dei til medan dei er under behandling.
check-friend-request-do = Avslå høfleg, gjerne med avslagsteksten frå retningslinja, og unngå å be pasientar eller pårørande om å følgje deg eller bli vener.

## Spørsmål: Sykehuset Innlandet som arbeidsplass

# Tenk deg om: «Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål.»
# Byggjer på: d38049-workplace-own-behalf, d38049-workplace-questions, d38049-patients-trust, guide-role
check-on-behalf = Kan det verke som du talar for Sykehuset Innlandet – i faglege eller politiske saker, eller når du svarar om føretaket?
check-on-behalf-why = Andre kan lett tru at du representerer Sykehuset Innlandet, særleg som leiar, og føretaket har reglar for kven som kan uttale seg for det.
check-on-behalf-do = Sei tydeleg at du uttalar deg på eigne vegner, og hald det sakleg; vurder å vise spørsmål vidare til leiinga, og følg reglane til føretaket for mediekontakt.

# Tenk deg om: «Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet …»
# Byggjer på: d38049-workplace-logo, d38049-workplace-email
check-logo = Brukar eller viser du namnet eller logoen til Sykehuset Innlandet, arbeidsantrekk, stillingstittelen din eller jobb-e-posten din?
check-logo-why = Det kan gi inntrykk av at du representerer Sykehuset Innlandet, og bruk av namn og logo skal avklarast med arbeidsgivar.
check-logo-do = Unngå logo og arbeidsantrekk, og brukar du stillingstittel eller jobb-e-post, gjer det tydeleg at du ikkje uttalar deg for Sykehuset Innlandet.

# Tenk deg om: «Vær forsiktig med å eksponere interne forhold på arbeidsplassen.»
# Byggjer på: d38049-workplace-internal, d38049-workplace-active, guide-ambassador, d38049-colleagues-environment
check-internal = Kritiserer du interne forhold, fortel om negative forhold på jobben eller omtalar kollegaer negativt?
check-internal-why = Negative forhold skal primært takast opp internt, du har ansvar for ikkje unødig å skade arbeidsgivar, og kollegaer skal omtalast med respekt.
check-internal-do = Ta det opp med næraste leiar (eventuelt tillitsvald eller verneombod), meld i systemet for uønskte hendingar, eller bruk rutinane for varsling.

## Spørsmål: din eigen tryggleik

# Tenk deg om: «Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre …»
# Byggjer på: d38049-netiquette-personal-info, d38049-netiquette-location, d38049-netiquette-privacy
check-exposure = Kan opplysningar om deg misbrukast, eller kan innlegget eller stadtenester vise kvar du er på jobb?
check-exposure-why = Opplysningar om deg som tilsett kan misbrukast til id-tjuveri, trakassering eller sosial manipulering, og stadtenester kan spore deg på jobb.
check-exposure-do = Fjern slike detaljar, slå av stadtenester når du er på jobb, og sjekk personverninnstillingane dine.

## Sjekklista: start og framdrift

checklist-intro-privacy = Svara dine blir berre på denne skjermen: ingenting blir lagra eller sendt, og appen spør aldri om teksten eller biletet i innlegget ditt.
checklist-progress = Spørsmål { $current } av { $total }

## Svar og navigering

answer-yes = Ja
answer-no = Nei
answer-not-sure = Usikker
checklist-previous = Førre spørsmål
checklist-restart = Start på nytt

## Resultat

verdict-stop-title = Ikkje post dette
verdict-stop-text = Ikkje post dette slik det er no: sjå grunnane under og kva du kan gjere i staden.
verdict-think-title = Tenk deg om først
verdict-think-text = Tenk deg om før du postar, og rett opp punkta under.
verdict-ok-title = Sjekklista stoppar deg ikkje
verdict-ok-text = Gjer likevel alltid ei sjølvstendig vurdering, og hugs at alt du postar, kan bli lese av kven som helst.

## Grunnar

verdict-reasons = Grunnar
reason-severity-stop = Stopp
reason-severity-think = Tenk deg om
reason-not-sure = Du var usikker
reason-read-more = Les meir:

## Handlingar

action-decline = Opne avslagsmeldinga
action-internal = Les om interne vegar
action-location = Personvern- og posisjonsinnstillingar
