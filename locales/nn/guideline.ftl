### Postvett – nynorsk omsetjing av dei to kjeldedokumenta.
### Kjelder: «Sosiale medium - Retningslinjer for tilsette sin bruk» (D38049, utgåve 3.02,
### gjeld frå 20.03.2024) og «Bruk av sosiale medium – rettleiing for tilsette»; på bokmål heiter dei
### «Sosiale medier - Retningslinjer for ansattes bruk» og «Bruk av sosiale medier – veiledning for ansatte».
### Bokmålsteksten (locales/nb) er den gjeldande; dette er ei tru omsetjing, ikkje eit samandrag.
### Nynorsk etter 2012-norma slik statlege organ skriv. Faste termar: sjå glossary.ftl og shared/reference/nynorsk.md.
### Dei to dokumenttitlane er omsette (slik en-versjonen omset dei); titlane i referanselista står som i bokmålsteksten. Namn på lover og organ står i løpande tekst i nynorskform, slik statlege organ skriv dei (åndsverklova, Sivilombodsmannen).

## D38049: dokumentdata

d38049-title = Sosiale medium - Retningslinjer for tilsette sin bruk
d38049-kind = Administrative rutinar
d38049-ref-communication = Kommunikasjon - Sosiale medier, retningslinje
d38049-ref-whistleblowing = Varsling - Kritikkverdige forhold

## D38049: Føremål og omfang

d38049-purpose = Føremål og omfang
# Kjelda har ikkje punktum til slutt i dette avsnittet; omsetjinga gjer det same.
d38049-purpose-p1 = Retningslinja gjeld for den private bruken tilsette gjer av sosiale medium. Det finst eigne retningslinjer for Sykehuset Innlandets bruk av sosiale medium, sjå «Kommunikasjon - Sosiale medier, retningslinje»
d38049-purpose-p2 = Skiljet mellom rollene som privatperson og arbeidstakar blir utfordra på ein særleg måte ved bruk av sosiale medium. Retningslinjene skal bidra til medvit kring korleis tilsette brukar sosiale medium, og kring dette skiljet.
d38049-purpose-p3 = Eit slikt medvit er viktig av omsyn til, til dømes, omdømet til føretaket, retten kollegaer har til ein trygg arbeidsplass og retten pasienten og pårørande har til konfidensialitet.
d38049-purpose-p4 = Det er ønskt at omdømet til Sykehuset Innlandet skal vere godt. Tilliten til føretaket er avgjerande for at pasientar og pårørande skal kjenne seg trygge. Tilsette har teieplikt som medarbeidar i Sykehuset Innlandet. Tilsette har også eit sjølvstendig ansvar for at personvernet til pasientar og kollegaer blir vareteke.

## D38049: Ansvar/målgruppe

d38049-audience = Ansvar/målgruppe
d38049-audience-p1 = Alle tilsette og vikarar, både helsepersonell og andre, i tillegg til innleigd personell.

## D38049: Handling

d38049-procedure = Handling

## D38049: Handling / Innleiing og rettsleg utgangspunkt

d38049-legal = Innleiing og rettsleg utgangspunkt
d38049-legal-p1 = Det å ytre seg i (sosiale) medium på eigne vegner, er underlagt den grunnleggjande ytringsfridomen i Noreg. Hovudregelen er at tilsette som privatperson har full ytringsfridom også om forhold som vedkjem arbeidsplassen. Men ytringsfridomen til den tilsette kan avgrensast særleg av to forhold: den lovfesta teieplikta alle tilsette har og den ulovfesta lojalitetsplikta ein tilsett har til arbeidsgivaren sin, medrekna også kollegaer.
d38049-legal-p2 = Ei unødvendig ytring frå den tilsette si side i sosiale medium og som er til skade for arbeidsgivar eller ein kollega, kan i teorien falle innanfor det som blir rekna som lojalitetsplikta ein har. Dette kan gjelde sjølv om ein uttrykkjer seg i media som privatperson. Arbeidsgivar kan reagere mot ei ytring når det ligg føre ein «openberr risiko for skade på dei legitime og saklege interessene til arbeidsgivaren» (jf. avgjerdene til Sivilombodsmannen), men det skal svært mykje til for at ein kan seie at ytringsfridomen er avgrensa i det aktuelle tilfellet. Ei slik sak må vurderast heilt konkret.
d38049-legal-p3 = Ytringar som ikkje er underlagde teieplikt, og som i hovudsak gir uttrykk for arbeidstakaren sine eigne oppfatningar, vil det vanlegvis vere høve til å kome med. Det gjeld også ytringar som arbeidsgivaren oppfattar som uønskte, uheldige eller ubehagelege. Offentleg tilsette har eit vidt spelerom – både i form og innhald – for offentleg å gi uttrykk for meininga si, også om eige arbeidsområde og eigen arbeidsplass.
d38049-legal-p4 = Om ei ytring er illojal på ein slik måte at ho er ulovleg, kjem an på ei samansett, skjønsmessig vurdering, som vil kunne gi ulikt resultat i forskjellige situasjonar. Mellom anna vil vurderinga kunne falle ulikt ut for tilsette på forskjellige stillingsnivå. Det blir stilt strengare krav til ein leiar enn andre. Dette fører til at det kan vere vanskeleg å gi klare, generelle retningslinjer for grensene for kva tilsette kan ytre seg om.

## D38049: Handling / Forholdet til pasientar/brukarar
## (Avslagsteksten mellom d38049-patients-friends og d38049-patients-network er
## meldinga decline-message i decline.ftl.)

d38049-patients = Forholdet til pasientar/brukarar
# Kjelda har ikkje punktum til slutt i dette punktet; omsetjinga gjer det same.
d38049-patients-trust = Ved bruk av sosiale medium bør tilsette opptre på ein slik måte at tilliten befolkninga har til helsepersonell og helse- og omsorgstenesta, blir vareteken. Sjølv om tilsette har full ytringsfridom, så tenk over korleis ein lesar vil oppfatte ytringa i sosiale medium dersom vedkomande kjenner til at vedkomande er tilsett i eit helseføretak
d38049-patients-confidentiality = Teieplikta gjeld fullt ut i samanheng med sosiale medium og skal alltid haldast. Unngå all omtale av pasientar eller pårørande deira sjølv om dette blir gjort anonymt. Det er ikkje anonym omtale av ei sak dersom nokon, evt. pasienten sjølv, identifiserer saka si. Det ligg i så fall føre eit brot på teieplikta. Ikkje publiser helse- og personopplysningar utan samtykke frå den som opplysningane gjeld.
d38049-patients-photos = Ver forsiktig når det blir teke bilete eller filmsnuttar, slik at pasientar eller pårørande ikkje kjem med på biletet. Blir det teke bilete eller film frå arbeidsplassen, må det passast på at medarbeidarane ikkje blir forstyrra. Det er ikkje lov å publisere/dele bilete på sosiale medium eller elles av andre personar utan samtykket deira. Dette gjeld også bilete/film av kollegaer og gruppebilete. Dersom nokon har sagt ja til å vere med på eit bilete, men angrar seg, har ein plikt til å fjerne biletet.
d38049-patients-consent = Det blir føresett eit eksplisitt samtykke dersom helse- og personopplysningar blir delte på nett. Sjølv om det ligg føre eit samtykke, bør tilsette alltid gjere ei sjølvstendig vurdering. Tilsette skal ikkje fortelje/vidareformidle pasient-/brukarhistorier sjølv i ei anonymisert form.
d38049-patients-contact = Tilsette bør ikkje kommunisere med pasientar, brukarar eller pårørande deira frå ei personleg side i sosiale medium. Her er risikoen stor for rollesamanblanding.
d38049-patients-friends = Som hovudregel bør tilsette ikkje ha pasientar og pårørande deira som "vener" på Facebook eller andre sosiale medium, og tilsette skal ikkje leggje dei til som "ven" når dei er under behandling. Det blir tilrådd at tilsette høfleg avslår venne- eller følgjeførespurnader frå pasientar eller pårørande deira for å unngå å kome i ein konfliktsituasjon i forhold til teieplikta. Tilsette bør også unngå å spørje pasientar eller pårørande motsett veg om å følgje eller bli ven med dei. Skal ein avslå ein kontaktførespurnad, kan følgjande tekst tilpassast og nyttast:
d38049-patients-network = Utvis varsemd i dei tilfella der tidlegare eller noverande pasientar/brukarar elles er i same nettverk som den tilsette.

## D38049: Handling / Forholdet til Sykehuset Innlandet som arbeidsplass

d38049-workplace = Forholdet til Sykehuset Innlandet som arbeidsplass
d38049-workplace-active = Ver gjerne aktiv i sosiale medium, men hugs på kvar ein jobbar. Sykehuset Innlandet ønskjer å vere ein open og ansvarleg institusjon med engasjerte medarbeidarar. Samtidig er det viktig å minne om tillitsforholdet og lojalitetsforholdet mellom arbeidsgivar og arbeidstakar. Dette vil seie at ein som tilsett har eit ansvar for ikkje unødig å skade arbeidsgivar eller omdømet til arbeidsplassen. Tenk difor gjennom konsekvensane for Sykehuset Innlandet før ein som tilsett publiserer noko som handlar om eigen arbeidsplass.
d38049-workplace-own-behalf = Sjølv om ein som tilsett ytrar seg som privatperson, kan det vere lett for andre å tenkje at ytringa representerer Sykehuset Innlandet. Dette gjeld spesielt om tilsett er leiar. Gjer det klart at ein som tilsett uttalar seg på eigne vegner, særleg i faglege og politiske spørsmål. Hald debattar på eit sakleg nivå.
d38049-workplace-questions = Får tilsett spørsmål om Sykehuset Innlandet eller Sykehuset Innlandets syn i aktuelle saker via sosiale medium – tenk gjennom om dette er noko ein som tilsett bør svare på sjølv, eller om ein skal vise vidare til leiinga. Tilsette må halde seg til Sykehuset Innlandets reglar for mediekontakt.
d38049-workplace-logo = Unngå å nytte Sykehuset Innlandets logo, arbeidsantrekk eller på annan måte gi inntrykk av at ein representerer Sykehuset Innlandet når ein opptrer som privatperson på sosiale medium. Bruk av Sykehuset Innlandet sitt namn og logo skal avklarast med arbeidsgivar. Dersom tilsette brukar stillingstittel og jobb-e-postadressa på sosiale medium, må det vere tydeleg at ein ikkje uttalar seg på vegner av Sykehuset Innlandet.
d38049-workplace-email = Ver medviten om bruken av jobb-e-postadresse i sosiale medium.
d38049-workplace-internal = Ver forsiktig med å eksponere interne forhold på arbeidsplassen. Dersom tilsette erfarer negative forhold på arbeidsplassen, skal dette primært takast opp internt med næraste leiar, meldast inn i systemet for uønskte hendingar eller tilsette kan nytte rutinar for varsling – det er desse som skal følgjast.
d38049-workplace-photos = Som hovudregel skal den tilsette samtykkje til at verksemda publiserer bilete av vedkomande i sosiale medium.

## D38049: Handling / Bruk av sosiale medium helsepersonell og andre tilsette imellom

d38049-colleagues = Bruk av sosiale medium helsepersonell og andre tilsette imellom
d38049-colleagues-environment = Som tilsett har ein medansvar for eit godt arbeidsmiljø. Kommunikasjon knytt til kollegaer skal vere i tråd med verdiane kvalitet, tryggleik og respekt, både på jobb og utanfor arbeidstida. Ein god regel er ikkje å leggje ut informasjon og data av andre enn seg sjølv.
d38049-colleagues-closed-groups = Det finst ikkje nokon «indre krets» på sosiale medium, og meir eller mindre lukka grupper på sosiale medium er heller ikkje sikre nok når det gjeld informasjonstryggleik, og tilsette må difor ikkje diskutere eller leggje ut teiepliktig informasjon på desse stadene.
d38049-colleagues-photos = Ikkje publiser bilete av kollegaer eller nokon andre utan at vedkomande har samtykt.

## D38049: Handling / Generelle råd/nettvett

d38049-netiquette = Generelle råd/nettvett
d38049-netiquette-personal-info = Ver forsiktig med å leggje ut informasjon om deg sjølv som tilsett som kan misbrukast av andre, t.d. i samband med id-tjuveri, risiko for å bli trakassert eller sosial manipulering.
d38049-netiquette-requests = Ver varsam med førespurnader du som tilsett tek imot, dei kan innehalde eller lenkje til skadeleg programvare.
d38049-netiquette-privacy = Ver medviten om korleis du som tilsett set personverninnstillingane i tenestene som blir nytta.
d38049-netiquette-location = Slå av stadtenester på sosiale medium som kan spore deg som tilsett når du er på jobb. Dette er spesielt viktig for tilsette som jobbar ambulant/utanfor områda til sjukehuset.

## Rettleiing: dokumentdata

# I den uttrekte kjeldeteksten (seed 000) står tittelen utan tankestrek: «Bruk av sosiale medier veiledning for ansatte».
# Skrivemåten med tankestrek følgjer seeds/README.md.
guide-title = Bruk av sosiale medium – rettleiing for tilsette

## Rettleiing: Bakgrunn

guide-background = Bakgrunn
guide-background-p1 = Sosiale medium blir stadig ein større del av kvardagen vår. Dette gjeld nettsamfunn som Facebook og Twitter, biletdelingstenester som Instagram og Flickr, bloggar og mange andre nettbaserte sosiale medium.

## Rettleiing: Sosiale medium er offentlege

guide-public = Sosiale medium er offentlege
guide-public-p1 = Tonen i sosiale medium kan minne om private, fortrulege samtalar, og difor er det lett å gløyme at det som blir skrive her, er offentlege ytringar. Sjølv om du avgrensar kven som skal sjå innlegga og kommentarane dine, har du ikkje kontroll over om nokon vel å formidle dei vidare. Difor må du sjå på alt du skriv på sosiale medium som offentlege ytringar, som kven som helst kan lese.

## Rettleiing: Vi har teieplikt overfor pasientar

guide-confidentiality = Vi har teieplikt overfor pasientar
guide-confidentiality-p1 = Vi har teieplikt om all pasientinformasjon. Det gjeld også informasjon om at nokon *er* eller *har vore* pasient hos oss. Vi kan difor ikkje leggje ut informasjon av typen: «Trefte Kari Nordmann på venterommet i dag.»

## Rettleiing: Privat informasjon er privat

guide-private = Privat informasjon er privat
guide-private-p1 = Ikkje del bilete eller video av andre enn deg sjølv utan løyve. Det er ytringsfridom i Noreg, men vi har samtidig eit sterkt personvern. Åndsverklova regulerer kven som har rett til å publisere mellom anna bilete, videoar og tekstar.

## Rettleiing: Ver tydeleg på rolle

guide-role = Ver tydeleg på rolle
guide-role-p1 = Alle har ytringsfridom og kan seie kva dei vil som privatperson. Helseføretaka har reglar for kven som kan uttale seg på vegner av føretaket. I ein uformell tone kan det nokre gonger vere vanskeleg å sjå om ein fagperson uttalar seg som privatperson eller på vegner av arbeidsgivaren. Ver difor tydeleg i situasjonar der det kan oppstå tvil. Det er forskjell på å vere behandlar og å vere privat ven. Vi tilrår difor ikkje å bli facebook-ven med menneske du berre kjenner gjennom eit pasientforhold.

## Rettleiing: Ver ein positiv ambassadør

guide-ambassador = Ver ein positiv ambassadør
guide-ambassador-p1 = Vi håpar dei tilsette våre vil vere positive ambassadørar for oss – også på sosiale medium. Snakk godt om arbeidsplassen din, om du trivst og synest du har ein meiningsfylt og interessant jobb. Usemjer og kritikk av interne forhold er det som regel best å ta opp med næraste leiar, eventuelt tillitsvald eller verneombod.

## Rettleiing: Du kan få hjelp til å slette innhald du ikkje vil ha på nett

guide-delete = Du kan få hjelp til å slette innhald du ikkje vil ha på nett
# «Lover og rettigheter» er namnet på fanen på nettstaden slettmeg.no, så det står som der.
guide-delete-link = Sjå rettane dine på slettmeg.no under fanen Lover og rettigheter.

## Rettleiing: signering
## Overskrifta guide-signoff finst ikkje i kjelda; ho er appen sin eigen etikett.
## Dei tre avsnitta under er omsette frå kjelda.

guide-signoff = Signering
guide-signoff-read = Rettleiinga er lesen og forstått:
guide-signoff-place-date = Stad/dato
guide-signoff-signature = Underskrift tilsett
