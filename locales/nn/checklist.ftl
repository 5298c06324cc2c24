### «Kan eg poste dette?»: spørsmål, svar og resultat.
### Kvart spørsmål er formulert slik at «ja» tyder risiko. For kvart spørsmål Q:
### check-Q (spørsmålet), check-Q-why (kvifor, etter retningslinja) og check-Q-do (kva du gjer i staden).
### Kommentaren over kvart spørsmål seier alvorsgrad (stopp / tenk deg om) og kva
### avsnitt i guideline.ftl teksten byggjer på. Sjekklista seier ikkje meir enn retningslinja.

## Spørsmål: pasientar og pårørande

# Stopp. Byggjer på: d38049-patients-confidentiality, d38049-patients-consent, guide-confidentiality
check-patient = Nemner du ein pasient eller pårørande, eller avslører du at nokon er eller har vore pasient – sjølv anonymt?
check-patient-why = Teieplikta gjeld fullt ut, også for at nokon er eller har vore pasient, og kjenner nokon att saka, er ho ikkje anonym.
check-patient-do = Fjern all omtale av pasientar og pårørande, også anonym; del helse- og personopplysningar berre med eksplisitt samtykke frå den det gjeld.

# Stopp. Byggjer på: d38049-patients-photos
check-background = Kan pasientar eller pårørande synast på biletet eller videoen, også i bakgrunnen?
check-background-why = Retningslinja ber deg vere forsiktig så pasientar og pårørande ikkje kjem med, og bilete av andre er ikkje lov å dele utan samtykke.
check-background-do = Ta eit nytt bilete eller skjer det til, så ingen pasientar eller pårørande er med – heller ikkje i bakgrunnen.

## Spørsmål: bilete og omtale av andre

# Stopp. Byggjer på: d38049-patients-photos, d38049-colleagues-photos, d38049-colleagues-environment, guide-private
check-consent = Er andre – også kollegaer – med i biletet, videoen eller teksten utan at dei tydeleg har sagt ja til deling?
check-consent-why = Det er ikkje lov å dele bilete eller film av andre utan samtykke, heller ikkje av kollegaer eller gruppebilete.
check-consent-do = Spør alle som er med, og vent på eit tydeleg ja – elles fjern dei. Ein god regel: legg berre ut om deg sjølv.

# Stopp. Byggjer på: d38049-patients-photos
check-withdrawn = Har nokon som sa ja til å vere med på biletet eller videoen, ombestemt seg?
check-withdrawn-why = Angrar nokon på at dei sa ja til å vere med på eit bilete, har du plikt til å fjerne biletet.
check-withdrawn-do = Ikkje legg det ut – og ligg det alt ute, ta det ned med ein gong.

## Spørsmål: kontakt med pasientar og pårørande

# Stopp. Byggjer på: d38049-patients-contact, d38049-patients-friends, d38049-patients-network, guide-role
check-patient-contact = Kontaktar eller svarar du ein pasient, brukar eller pårørande frå den private profilen din – venne- og følgjeførespurnader også?
check-patient-contact-why = Stor risiko for rollesamanblanding: du bør ikkje kommunisere privat med pasientar og pårørande, og skal ikkje leggje dei til som ven under behandling.
check-patient-contact-do = Avslå høfleg med avslagsteksten i retningslinja, og unngå sjølv å be pasientar eller pårørande om å følgje deg eller bli vener.

## Spørsmål: lukka grupper

# Stopp. Byggjer på: d38049-colleagues-closed-groups
check-closed-group = Deler du noko du har teieplikt om, i ei gruppe, ein chat eller eit «lukka» forum?
check-closed-group-why = Det finst ingen «indre krets»: lukka grupper er ikkje sikre nok, så teiepliktig informasjon må ikkje diskuterast eller leggjast ut der.
check-closed-group-do = Ikkje diskuter eller legg ut noko du har teieplikt om, på sosiale medium, uansett kor lukka gruppa er.

## Spørsmål: Sykehuset Innlandet som arbeidsplass

# Tenk deg om. Byggjer på: d38049-workplace-own-behalf, d38049-workplace-questions, guide-role
check-on-behalf = Kan det verke som du talar for Sykehuset Innlandet – i faglege eller politiske saker, eller når du svarar om føretaket?
check-on-behalf-why = Andre kan lett tru at du representerer Sykehuset Innlandet, særleg som leiar, og føretaket har reglar for kven som kan uttale seg for det.
check-on-behalf-do = Sei tydeleg at du uttalar deg på eigne vegner, og hald det sakleg; vurder å vise spørsmål vidare til leiinga, og følg reglane til føretaket for mediekontakt.

# Tenk deg om. Byggjer på: d38049-workplace-logo, d38049-workplace-email
check-logo = Brukar eller viser du namnet eller logoen til Sykehuset Innlandet, arbeidsantrekk, stillingstittelen din eller jobb-e-posten din?
check-logo-why = Det kan gi inntrykk av at du representerer Sykehuset Innlandet, og bruk av namn og logo skal avklarast med arbeidsgivar.
check-logo-do = Unngå logo og arbeidsantrekk, og brukar du stillingstittel eller jobb-e-post, gjer det tydeleg at du ikkje uttalar deg for Sykehuset Innlandet.

# Tenk deg om. Byggjer på: d38049-workplace-internal, d38049-workplace-active, guide-ambassador, d38049-colleagues-environment
check-internal = Kritiserer du interne forhold, fortel om negative forhold på jobben eller omtalar kollegaer negativt?
check-internal-why = Negative forhold skal primært takast opp internt, du har ansvar for ikkje unødig å skade arbeidsgivar, og kollegaer skal omtalast med respekt.
check-internal-do = Ta det opp med næraste leiar (eventuelt tillitsvald eller verneombod), meld i systemet for uønskte hendingar, eller bruk rutinane for varsling.

## Spørsmål: din eigen tryggleik

# Tenk deg om. Byggjer på: d38049-netiquette-personal-info, d38049-netiquette-location, d38049-netiquette-privacy
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
action-take-down = Ta det ned no – du har plikt til å fjerne det.
action-internal = Les om interne vegar
action-location = Personvern- og posisjonsinnstillingar
