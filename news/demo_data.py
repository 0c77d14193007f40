"""Demo news for the development site, written from the seeds' facts in our own words."""

import datetime

NEWS: list[dict] = [
    {
        "slug": "lapin-osallisuusverkosto-jatkaa-vuonna-2022",
        "title": "Lapin osallisuusverkosto jatkaa toimintaansa myös vuonna 2022",
        "date": datetime.date(2021, 11, 2),
        "lead": (
            "Keväällä koottu Lapin osallisuusverkosto on päättänyt jatkaa yhteistä työtään ensi "
            "vuonna. Uudet jäsenet ovat tervetulleita mukaan vuoden loppuun mennessä."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Lapin sote-rakenneuudistushankkeessa osallisuus on yksi vapaaehtoisen "
                    "valmistelun painopisteistä. Sen tueksi koottiin maaliskuussa 2021 Lapin "
                    "osallisuusverkosto. Jäseniksi kutsuttiin osallisuustyön tekijöitä ja "
                    "kehittäjiä Lapin kaikista kuudesta seutukunnasta. Mukana on myös edustajia "
                    "Länsi-Pohjan ja Lapin sairaanhoitopiireistä, Lapin liitosta, "
                    "aluehallintovirastosta, Saamelaiskäräjiltä sekä järjestöistä.</p><p>Verkoston "
                    "tavoitteeksi asetettiin lappilaisten kuntalaisten osallisuuden vahvistaminen "
                    "sote-uudistuksessa, ja sen toiminta sovittiin alun perin kuluvan vuoden "
                    "mittaiseksi. Käytännössä verkosto on kuvannut, millaista osallisuus Lapissa "
                    "on, lisännyt kuntien osallisuustietoa ja pohtinut, miten asukkaiden ääni "
                    "saadaan kuuluviin myös sosiaali- ja terveyspalveluissa.</p>"
                ),
            ),
            ("heading", "Yksimielinen päätös jatkosta"),
            (
                "paragraph",
                (
                    "<p>Verkosto on tähän mennessä tavannut kuusi kertaa etäyhteyksin. Lokakuun "
                    "kokouksessa jäsenet päättivät yksimielisesti, että työ jatkuu myös vuonna "
                    "2022. Jäsenten osaaminen ja kokemus ovat monipuolisia, ja näkökulmia tulee "
                    "eri puolilta maakuntaa. Yhteistyöstä on ollut hyötyä osallistujille "
                    "itselleen, heidän taustaorganisaatioilleen sekä koko Lapin "
                    "osallisuuskulttuurin ja asenteiden kehittymiselle.</p><p>Yksi työn tuloksista "
                    "on 18.11.2021 pidettävä webinaari <i>Lappilaisen asiakasosallisuuden monet "
                    "kasvot</i>. Se vahvistaa asiakasosallisuuden toimintakulttuuria "
                    "sote-palveluissa nostamalla esiin lappilaisia esimerkkejä.</p>"
                ),
            ),
            ("heading", "Tervetuloa mukaan"),
            (
                "paragraph",
                (
                    "<p>Ensi vuoden tavoitteet ja tehtävät tarkennetaan ajankohtaisten tarpeiden "
                    "mukaan. Verkosto voi esimerkiksi koota tietoa osallisuudesta, kommentoida "
                    "Lapin hyvinvointialueen osallisuusrakenteita ja muita suunnitelmia sekä viedä "
                    "hyviä käytäntöjä omille alueilleen ja organisaatioihinsa.</p><p>Verkosto on "
                    "avoin kaikille, jotka edistävät tai kehittävät osallisuutta. Mukaan voi "
                    "ilmoittautua 31.12.2021 saakka ottamalla yhteyttä osallisuuskoordinaattoriin, "
                    "joka antaa myös lisätietoja.</p>"
                ),
            ),
        ],
        "keywords": ["osallisuus", "Lappi", "soteuudistus", "verkostot", "webinaari"],
        "contacts": ["lapland-coordinator"],
    },
    {
        "slug": "jarjestoosallisuus-popsote-hankkeessa",
        "title": "Järjestöt mukana POPsote-hankkeen kehittämistyössä",
        "date": datetime.date(2021, 9, 15),
        "lead": (
            "Pohjois-Pohjanmaan POPsote-hankkeessa kokemus- ja järjestötoimijat ovat keskeisiä "
            "kumppaneita, joilla on sananvaltaa koko alueella, kuudella hankealueella ja "
            "sote-keskuksissa."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>POPsote-hanke pitää kokemustoimijoita ja järjestöjä tärkeinä "
                    "yhteistyökumppaneinaan. Järjestöillä ja yhdistyksillä on kehittämistyössä "
                    "kolme roolia. Ne välittävät tietoa asukkaiden tarpeista ja tuovat heidän "
                    "äänensä esiin, ne kertovat omien organisaatioidensa tarpeista ja "
                    "yhteistyöideoista, ja osa niistä tuottaa palveluja ja osallistuu "
                    "markkinavuoropuheluun.</p><p>Osallistumisen paikkoja on kolmella tasolla: "
                    "koko Pohjois-Pohjanmaalla, josta muodostuu tuleva hyvinvointialue, hankkeen "
                    "kuudella alueella sekä alueiden sote-keskuksissa. Koko alueen tasolla "
                    "osallisuutta tuetaan viestinnällä, olemassa olevilla verkostoilla ja "
                    "avoimilla tilaisuuksilla. Alueilla ja paikallisesti yhteistyön muotoja "
                    "rakennetaan yhdessä sote-keskusten, hyte-osahankkeen alueellisten "
                    "hyte-asiantuntijoiden sekä Tulevaisuuden sote-keskus -hankkeessa "
                    "työskentelevien aluekehittäjien kanssa. Paikallisesti tärkeää on myös se, "
                    "että sote-keskukset ja kunnat kehittävät järjestöyhteistyön käytäntöjä "
                    "yhdessä.</p>"
                ),
            ),
            ("heading", "Osallistumisen tavat"),
            (
                "paragraph",
                (
                    "<p>Järjestöt voivat olla mukana kehittämistyössä esimerkiksi seuraavilla "
                    "tavoilla:</p><ul><li>edustus hankkeen ohjausryhmässä</li><li>osallistuminen "
                    "mahdollisesti perustettaviin työryhmiin</li><li>toiminta alueellisissa ja "
                    "paikallisissa verkostoissa</li><li>vaikuttaminen järjestöneuvottelukunnan "
                    "kautta</li></ul>"
                ),
            ),
            ("heading", "Hyte-osahanke tukee yhteistyötä"),
            (
                "paragraph",
                (
                    "<p>Järjestö- ja yhdistysyhteistyön tuki on sijoitettu hankkeen "
                    "hyte-osahankkeeseen. Järjestöyhteistyön asiantuntija työskentelee "
                    "hyte-osahankkeen lisäksi kaikkien rakenneuudistuksen osahankkeiden kanssa "
                    "sekä Tulevaisuuden sote-keskus -hankkeen kehittämisohjelmissa. Yhteistyön "
                    "sisällöistä ja etenemisestä kerrotaan muun muassa POPsoten verkkosivuilla "
                    "sekä ihimiset.fi-sivustolla.</p>"
                ),
            ),
        ],
        "keywords": [
            "sote",
            "soteuudistus",
            "järjestöt",
            "sote-järjestöjen verkosto",
            "järjestöneuvottelukunta",
            "kokemustoiminta",
        ],
        "contacts": ["ngo-expert-north-ostrobothnia"],
    },
    {
        "slug": "kainuun-jarjestot-kokoontuivat-etana",
        "title": "Kainuun järjestöt kokoontuivat etänä pohtimaan tulevaa",
        "date": datetime.date(2021, 1, 20),
        "lead": (
            "Kainuulaiset sosiaali- ja terveysjärjestöt tapasivat tammikuussa verkossa. "
            "Keskustelussa painottuivat järjestöjen rooli uudistuksessa ja yhteydenpito "
            "poikkeusolojen aikana."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Kainuun sote-järjestöjen ensimmäinen yhteinen etätapaaminen keräsi "
                    "tammikuussa ruutujen ääreen noin 40 osallistujaa eri puolilta maakuntaa. "
                    "Mukana oli potilasjärjestöjä, eläkeläisyhdistyksiä, vammaisjärjestöjä ja "
                    "nuorten parissa toimivia yhdistyksiä. Monelle tilaisuus oli ensimmäinen "
                    "kerta, kun eri alojen järjestöt istuivat saman pöydän ääressä, vaikka pöytä "
                    "olikin tällä kertaa virtuaalinen.</p><p>Tilaisuudessa käytiin läpi "
                    "sote-uudistuksen valmistelun tilannetta ja pohdittiin, miten järjestöjen ääni "
                    "saadaan kuuluviin jo ennen kuin uudet lait on hyväksytty. Moni osallistuja "
                    "kertoi, että koronarajoitusten vuoksi yhdistysten jäsenet ovat jääneet "
                    "entistä yksinäisemmiksi ja että järjestöjen kohtaamistyö on nyt tärkeämpää "
                    "kuin koskaan.</p>"
                ),
            ),
            ("heading", "Verkosto tapaa jatkossa kuukausittain"),
            (
                "paragraph",
                (
                    "<p>Osallistujat sopivat, että järjestöjen verkosto kokoontuu kevään ajan "
                    "kerran kuukaudessa. Tapaamisissa jaetaan tietoa valmistelusta ja kootaan "
                    "järjestöjen yhteisiä näkemyksiä valmistelijoille. Seuraavan kerran aiheena "
                    "ovat järjestöjen ja kuntien yhteiset hyvinvointia edistävät toimet.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "Pienikin yhdistys tietää asioita, joita virastossa ei tiedetä.",
                    "attribution": "potilasyhdistyksen puheenjohtaja",
                },
            ),
        ],
        "keywords": ["järjestöt", "Kainuu", "soteuudistus", "sote-järjestöjen verkosto"],
    },
    {
        "slug": "keski-suomen-jarjestokysely-avautui",
        "title": "Keskisuomalaisille järjestöille kysely yhteistyön tarpeista",
        "date": datetime.date(2021, 2, 24),
        "lead": (
            "Keski-Suomessa avautui kysely, jolla selvitetään järjestöjen toiveita yhteistyöstä "
            "tulevan hyvinvointialueen kanssa. Vastausaikaa on maaliskuun loppuun."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Keski-Suomen sote-valmistelussa halutaan tietää, millaista yhteistyötä "
                    "alueen järjestöt toivovat tulevalta hyvinvointialueelta. Helmikuussa avattu "
                    "verkkokysely on suunnattu sosiaali-, terveys- ja liikuntajärjestöille sekä "
                    "muille yhdistyksille, jotka tekevät hyvinvointia edistävää työtä. Kyselyyn "
                    "vastaaminen vie noin kaksikymmentä minuuttia, ja siihen voi vastata "
                    "yhdistyksen puolesta esimerkiksi puheenjohtaja, sihteeri tai työntekijä. "
                    "Paperilomakkeen voi pyytää järjestöyhteistyön suunnittelijalta. Vastausaikaa "
                    "on maaliskuun loppuun.</p>"
                ),
            ),
            ("heading", "Mitä kysely selvittää?"),
            (
                "paragraph",
                (
                    "<p>Kyselyssä kartoitetaan muun muassa</p><ul><li>järjestöjen nykyisiä "
                    "yhteistyömuotoja kuntien kanssa</li><li>toiveita tiedonkulusta ja "
                    "tapaamiskäytännöistä</li><li>järjestöjen mahdollisuuksia tarjota vertaistukea "
                    "sote-palvelujen rinnalla</li><li>avustuksiin ja toimitiloihin liittyviä "
                    "huolia</li></ul><p>Vastaukset käsitellään luottamuksellisesti, eikä "
                    "yksittäisiä järjestöjä tunnisteta raportista. Tulokset esitellään toukokuussa "
                    "järjestöjen yhteisessä verkkotilaisuudessa, ja niitä hyödynnetään "
                    "järjestöyhteistyön mallin luonnostelussa. Kyselyn tekijät muistuttavat, että "
                    "myös kriittiset kommentit ovat tervetulleita, sillä niiden avulla yhteistyön "
                    "esteet voidaan tunnistaa ajoissa. Tulosten pohjalta järjestöille järjestetään "
                    "syksyllä työpajoja, joissa yhteistyön malli viimeistellään yhdessä.</p>"
                ),
            ),
        ],
        "keywords": ["järjestöt", "Keski-Suomi", "kyselyt", "hyte", "hyvinvointialue"],
    },
    {
        "slug": "pirkanmaalla-alkaa-kokemusasiantuntijakoulutus",
        "title": "Pirkanmaalla alkaa uusi kokemusasiantuntijakoulutus",
        "date": datetime.date(2021, 4, 14),
        "lead": (
            "Keväällä alkava koulutus valmentaa ihmisiä, joilla on omaa tai läheisen kokemusta "
            "sairaudesta tai palveluista, kehittämään sote-palveluja yhdessä ammattilaisten "
            "kanssa."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pirkanmaalla käynnistyy huhtikuun lopulla kokemusasiantuntijakoulutus, "
                    "johon on valittu 18 osallistujaa. Heillä on omakohtaista kokemusta "
                    "esimerkiksi mielenterveys- ja päihdepalveluista, pitkäaikaissairauksista tai "
                    "omaishoidosta. Hakijoita oli lähes kolminkertainen määrä, mikä kertoo "
                    "kokemustoiminnan kasvavasta kiinnostuksesta. Koulutus on osallistujille "
                    "maksuton, ja matkakulut korvataan.</p><p>Koulutus kestää syksyyn, ja se "
                    "koostuu kymmenestä lähi- ja etäpäivästä. Osallistujat harjoittelevat oman "
                    "tarinansa jäsentämistä, esiintymistä ja palautteen antamista sekä tutustuvat "
                    "siihen, miten palveluja suunnitellaan ja johdetaan. Koulutuksen järjestävät "
                    "yhdessä alueen järjestöt ja sote-valmistelun asiakasosallisuuden "
                    "työryhmä.</p>"
                ),
            ),
            ("heading", "Kokemustieto osaksi valmistelua"),
            (
                "paragraph",
                (
                    "<p>Koulutuksen jälkeen kokemusasiantuntijat voivat osallistua esimerkiksi "
                    "työryhmiin, henkilöstön koulutuksiin ja palvelujen arviointiin. Tavoitteena "
                    "on, että tulevan hyvinvointialueen jokaisessa keskeisessä "
                    "kehittämishankkeessa on mukana kokemustoimijoita. Koulutetut "
                    "kokemusasiantuntijat saavat tehtävistään palkkion, ja heille järjestetään "
                    "säännöllisesti työnohjausta. Näin oman tarinan kertominen on turvallista myös "
                    "silloin, kun aiheet ovat raskaita.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "Haluan, että seuraava samassa tilanteessa oleva saa apua nopeammin.",
                    "attribution": "koulutukseen valittu kokemusasiantuntija",
                },
            ),
        ],
        "keywords": ["kokemustoiminta", "Pirkanmaa", "asiakasosallisuus", "järjestöt"],
    },
    {
        "slug": "lapin-kunnille-osallisuuskysely",
        "title": "Osallisuusverkosto selvittää Lapin kuntien osallisuuskäytäntöjä",
        "date": datetime.date(2021, 5, 19),
        "lead": (
            "Lapin osallisuusverkosto kokoaa kunnista tietoa siitä, miten asukkaat voivat jo nyt "
            "vaikuttaa palveluihin. Tuloksia käytetään hyvinvointialueen osallisuustyön pohjana."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Lapin osallisuusverkosto on lähettänyt kaikkiin Lapin 21 kuntaan kyselyn, "
                    "jolla kartoitetaan paikallisia osallisuuden käytäntöjä. Kysely on suunnattu "
                    "kuntien osallisuus- ja hyvinvointikoordinaattoreille sekä sosiaali- ja "
                    "terveystoimen esihenkilöille.</p><p>Kyselyssä pyydetään kertomaan esimerkiksi "
                    "asukastilaisuuksista, kuntalaisaloitteista, asiakasraadeista ja "
                    "palautejärjestelmistä. Lisäksi kysytään, millä tavoin vaikuttamistoimielimet, "
                    "kuten vanhus- ja vammaisneuvostot sekä nuorisovaltuustot, pääsevät "
                    "kommentoimaan sosiaali- ja terveyspalveluja. Vastaajia pyydetään myös "
                    "kuvaamaan yksi onnistunut esimerkki, josta muut kunnat voisivat oppia.</p>"
                ),
            ),
            ("heading", "Tieto kootaan kesän aikana"),
            (
                "paragraph",
                (
                    "<p>Verkosto kokoaa vastaukset kesän aikana ja esittelee yhteenvedon syyskuun "
                    "kokouksessaan. Tavoitteena on tunnistaa hyviä käytäntöjä, joita kannattaa "
                    "vaalia myös hyvinvointialueella, sekä löytää kohtia, joissa asukkaiden ääni "
                    "ei vielä kuulu riittävästi. Erityistä huomiota kiinnitetään pitkiin "
                    "etäisyyksiin ja saamelaisten kotiseutualueen erityispiirteisiin. Kyselyyn "
                    "vastaaminen on vapaaehtoista, mutta verkosto toivoo saavansa vähintään yhden "
                    "vastauksen jokaisesta kunnasta. Vastausaikaa on kesäkuun loppuun. Kunnat "
                    "saavat yhteenvedon käyttöönsä myös omaa osallisuustyötään varten.</p>"
                ),
            ),
        ],
        "keywords": ["osallisuus", "Lappi", "kyselyt", "verkostot", "vaikuttamistoimielimet"],
    },
    {
        "slug": "sote-uudistuksen-lait-ja-osallisuus",
        "title": "Sote-uudistuksen lait hyväksytty – mitä ne lupaavat osallisuudelle?",
        "date": datetime.date(2021, 6, 30),
        "lead": (
            "Eduskunta hyväksyi kesäkuussa sote-uudistuksen lait. Kokosimme, miten uusi "
            "lainsäädäntö turvaa asukkaiden ja järjestöjen vaikutusmahdollisuudet "
            "hyvinvointialueilla."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Sosiaali- ja terveydenhuollon sekä pelastustoimen uudistuksen lakipaketti "
                    "hyväksyttiin eduskunnassa kesäkuussa 2021. Vastuu palveluista siirtyy "
                    "kunnilta hyvinvointialueille vuoden 2023 alussa. Uudistus muuttaa myös sitä, "
                    "missä ja miten asukkaat voivat vaikuttaa palveluihinsa. Kuntien rooli "
                    "muuttuu: ne vastaavat jatkossakin asukkaidensa hyvinvoinnin ja terveyden "
                    "edistämisestä, mutta eivät enää järjestä sosiaali- ja terveyspalveluja.</p>"
                ),
            ),
            ("heading", "Kolme keskeistä muutosta"),
            (
                "paragraph",
                (
                    "<ul><li>Hyvinvointialueiden on huolehdittava asukkaiden ja palvelujen "
                    "käyttäjien osallistumis- ja vaikuttamismahdollisuuksista.</li><li>Jokaiselle "
                    "alueelle asetetaan nuorisovaltuusto, vanhusneuvosto ja "
                    "vammaisneuvosto.</li><li>Alueiden on tehtävä yhteistyötä hyvinvointia ja "
                    "terveyttä edistävien järjestöjen kanssa.</li></ul><p>Laki ei määrää "
                    "yksityiskohtaisesti, millä keinoin osallisuutta edistetään. Esimerkkeinä "
                    "mainitaan muun muassa keskustelutilaisuudet, asukkaiden mielipiteiden "
                    "selvittäminen ja palvelujen käyttäjien osallistuminen suunnitteluun. "
                    "Käytännön toteutus jää siis jokaisen alueen omaksi tehtäväksi, ja siinä "
                    "osallisuusverkostoilla on paljon annettavaa. Valmistelussa kannattaa "
                    "hyödyntää kuntien kokemuksia jo toimivista käytännöistä. Järjestöjen "
                    "kannattaa jo nyt selvittää, miten oman alueen valmistelussa voi olla "
                    "mukana.</p>"
                ),
            ),
        ],
        "keywords": ["soteuudistus", "sote", "hyvinvointialue", "vaikuttamistoimielimet"],
    },
    {
        "slug": "pohjois-pohjanmaan-jarjestotapaamiset-syksylla",
        "title": "Järjestötapaamiset kiertävät Pohjois-Pohjanmaan kuusi aluetta",
        "date": datetime.date(2021, 8, 25),
        "lead": (
            "Syksyn aikana järjestetään kuusi alueellista tapaamista, joissa järjestöt ja "
            "sote-keskusten kehittäjät pääsevät keskustelemaan yhteistyöstä kasvokkain."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pohjois-Pohjanmaalla järjestöt ja sote-keskusten kehittäjät kohtaavat "
                    "syksyllä alueellisissa tapaamisissa. Kierros alkaa syyskuun puolivälissä ja "
                    "päättyy marraskuussa. Jokaisella kuudella alueella pidetään yksi iltapäivän "
                    "mittainen tilaisuus, johon voi osallistua paikan päällä tai "
                    "etäyhteydellä.</p><p>Tapaamisissa esitellään alueen sote-keskuksen "
                    "kehittämissuunnitelmia ja kootaan järjestöjen ajatuksia siitä, miten "
                    "yhteistyö voisi arjessa toimia. Esillä ovat muun muassa vertaistukiryhmät, "
                    "asiakkaiden ohjaaminen järjestöjen toimintaan sekä yhteiset tapahtumat. "
                    "Osallistujat voivat myös tuoda mukanaan esitteitä ja kertoa lyhyesti oman "
                    "yhdistyksensä toiminnasta. Ilmoittautumista pyydetään viikkoa ennen kunkin "
                    "tilaisuuden ajankohtaa.</p>"
                ),
            ),
            ("heading", "Paikallinen tieto on tärkeää"),
            (
                "paragraph",
                (
                    "<p>Alueelliset tapaamiset täydentävät koko maakunnan sote-järjestöjen "
                    "verkoston työtä. Verkostossa pohditaan yhteisiä linjauksia, mutta vasta "
                    "paikallisissa keskusteluissa nähdään, millaisia järjestöjä kullakin alueella "
                    "toimii ja mitä asukkaat niiltä tarvitsevat. Tilaisuuksista laaditaan "
                    "muistiot, jotka julkaistaan verkossa kaikkien luettaviksi. Kierroksen "
                    "päätteeksi pidetään koko maakunnan yhteinen etätilaisuus, jossa alueiden "
                    "terveiset kootaan yhteen ja sovitaan jatkosta.</p>"
                ),
            ),
        ],
        "keywords": ["järjestöt", "Pohjois-Pohjanmaa", "sote-keskus", "sote-järjestöjen verkosto"],
    },
    {
        "slug": "kainuun-nuorisovaltuustot-yhteistapaaminen",
        "title": "Kainuun nuorisovaltuustot pohtivat nuorten vaikuttamista hyvinvointialueella",
        "date": datetime.date(2021, 10, 6),
        "lead": (
            "Kainuun kuntien nuorisovaltuutetut kokoontuivat Kajaaniin keskustelemaan siitä, "
            "millainen hyvinvointialueen nuorisovaltuuston pitäisi olla."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Kainuun kuntien nuorisovaltuustoista kokoontui lokakuun alussa Kajaaniin "
                    "noin 30 nuorta. Päivän aiheena oli hyvinvointialueen nuorisovaltuusto, joka "
                    "lain mukaan perustetaan jokaiselle alueelle. Tilaisuuden järjestivät yhdessä "
                    "kuntien nuorisotyö ja maakunnan nuorisotyön verkosto.</p><p>Nuoret "
                    "työskentelivät pienryhmissä ja miettivät, miten valtuuston jäsenet valitaan, "
                    "kuinka usein valtuusto kokoontuu ja miten nuorten mielipiteet saadaan "
                    "päättäjien tietoon. Useassa ryhmässä toivottiin, että jokaisesta kunnasta "
                    "olisi vähintään yksi edustaja ja että kokouksiin voisi osallistua pitkien "
                    "matkojen vuoksi myös etänä.</p>"
                ),
            ),
            ("heading", "Mielenterveys nousi esiin"),
            (
                "paragraph",
                (
                    "<p>Kun nuorilta kysyttiin, mihin hyvinvointialueen palveluihin he haluaisivat "
                    "ensimmäisenä vaikuttaa, vastauksissa korostuivat mielenterveyspalvelut ja "
                    "koulujen opiskeluhuolto. Myös nuorten pääsy terveydenhoitajalle ilman "
                    "ajanvarausta mainittiin monessa ryhmässä. Päivän tulokset toimitetaan "
                    "valmistelijoille, ja nuoret kutsutaan kommentoimaan valtuuston "
                    "toimintasäännön luonnosta keväällä. Päivän päätteeksi osallistujat saivat "
                    "todistuksen osallistumisestaan. Valmistelijoiden mukaan nuorten ehdotukset "
                    "olivat konkreettisia ja hyvin perusteltuja. Nuoret muistuttivat, etteivät he "
                    "ole vain tulevaisuuden asukkaita, vaan käyttävät palveluja jo nyt.</p>"
                ),
            ),
        ],
        "keywords": ["nuoret", "vaikuttamistoimielimet", "Kainuu", "hyvinvointialue"],
    },
    {
        "slug": "jarjestot-jarjestavat-aluevaalipaneeleja",
        "title": "Järjestöt kutsuvat ehdokkaat keskustelemaan ennen aluevaaleja",
        "date": datetime.date(2021, 12, 8),
        "lead": (
            "Ennen tammikuun aluevaaleja järjestöt järjestävät paneeleja, joissa ehdokkaat "
            "vastaavat asukkaiden kysymyksiin palveluista ja osallisuudesta."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Ensimmäiset aluevaalit pidetään 23. tammikuuta 2022. Vaaleissa valitaan "
                    "aluevaltuustot, jotka päättävät hyvinvointialueiden palveluista ja "
                    "taloudesta. Koska vaalit ovat kaikille uudet, moni järjestö haluaa auttaa "
                    "jäseniään ja muita asukkaita tutustumaan ehdokkaisiin.</p><p>Joulukuun ja "
                    "tammikuun aikana järjestöt pitävät eri puolilla maata vaalipaneeleja sekä "
                    "paikan päällä että verkossa. Paneeleissa keskustellaan esimerkiksi "
                    "ikäihmisten kotihoidosta, mielenterveyspalveluista, vammaisten ihmisten "
                    "palveluista ja järjestöjen toimintaedellytyksistä. Osa paneeleista on "
                    "suunnattu tietylle kohderyhmälle, kuten ikäihmisille tai nuorille, ja osa on "
                    "avoimia kaikille kiinnostuneille. Järjestöjen yhteinen tapahtumakalenteri "
                    "kokoaa tiedot paneeleista yhteen paikkaan.</p>"
                ),
            ),
            ("heading", "Vinkit paneelin järjestäjälle"),
            (
                "paragraph",
                (
                    "<ul><li>Kutsu ehdokkaita tasapuolisesti eri puolueista ja "
                    "valitsijayhdistyksistä.</li><li>Kerää kysymykset etukäteen "
                    "jäseniltä.</li><li>Varmista, että tila ja verkkolähetys ovat "
                    "saavutettavia.</li><li>Tallenna keskustelu, jotta sen voi katsoa "
                    "myöhemmin.</li></ul><p>Koronatilanteen vuoksi paneelit kannattaa suunnitella "
                    "niin, että ne voidaan tarvittaessa siirtää kokonaan verkkoon. Järjestöille "
                    "paneeli on myös tapa muistuttaa ehdokkaita siitä, että järjestöjen jäsenet "
                    "ovat äänestäjiä.</p>"
                ),
            ),
        ],
        "keywords": ["aluevaalit", "järjestöt", "hyvinvointialue", "saavutettavuus"],
    },
    {
        "slug": "aluevaalit-aanesta-ja-vaikuta",
        "title": "Aluevaalit lähestyvät – näin vaikutat hyvinvointialueen palveluihin",
        "date": datetime.date(2022, 1, 12),
        "lead": (
            "Aluevaalien ennakkoäänestys on käynnissä 12.–18.1.2022, ja varsinainen vaalipäivä on "
            "sunnuntaina 23.1. Kokosimme tietoa äänestämisestä ja muista vaikuttamisen keinoista."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Aluevaaleissa äänestetään nyt ensimmäistä kertaa. Vaaleissa valitaan "
                    "jokaiselle hyvinvointialueelle aluevaltuusto, joka tekee päätöksiä sosiaali- "
                    "ja terveyspalveluista sekä pelastustoimesta. Helsingissä ja Ahvenanmaalla "
                    "aluevaaleja ei järjestetä.</p><p>Ennakkoon voi äänestää kotimaassa "
                    "12.–18.1.2022 missä tahansa yleisessä ennakkoäänestyspaikassa. "
                    "Ennakkoäänestyspaikkoja on muun muassa kirjastoissa, kauppakeskuksissa ja "
                    "kunnantaloilla. Kotiäänestykseen piti ilmoittautua ennen ennakkoäänestyksen "
                    "alkua. Vaalipäivänä äänestetään omassa äänestyspaikassa, joka on merkitty "
                    "kotiin lähetettyyn ilmoituskorttiin. Äänestyspaikalle on otettava mukaan "
                    "henkilöllisyystodistus. Jos äänestäminen on vaikeaa esimerkiksi näkövamman "
                    "vuoksi, mukaan voi ottaa oman avustajan tai pyytää apua "
                    "vaalitoimitsijalta.</p>"
                ),
            ),
            ("heading", "Vaikuttaminen ei pääty vaalipäivään"),
            (
                "paragraph",
                (
                    "<p>Äänestäminen on tärkeä tapa vaikuttaa, mutta ei ainoa. Hyvinvointialueella "
                    "asukkaat voivat osallistua myös kyselyihin, asukasraateihin ja "
                    "vaikuttamistoimielinten työhön. Monet järjestöt kokoavat jäsentensä "
                    "näkemyksiä ja vievät niitä suoraan valmistelijoille. Erityisesti nuoria "
                    "kannustetaan seuraamaan, miten valitut valtuutetut pitävät vaalilupauksensa. "
                    "Vaalikoneet auttavat vertailemaan ehdokkaiden näkemyksiä ennen "
                    "äänestämistä.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "Halusin, että kokemukseni terveysaseman jonoista näkyy päätöksissä.",
                    "attribution": "ensimmäistä kertaa äänestävä nuori",
                },
            ),
        ],
        "keywords": ["aluevaalit", "osallisuus", "hyvinvointialue", "nuoret", "asukasraadit"],
    },
    {
        "slug": "keski-suomen-verkkoalusta-kommentointiin",
        "title": "Keski-Suomessa avattiin verkkoalusta valmistelun kommentointiin",
        "date": datetime.date(2022, 2, 16),
        "lead": (
            "Keskisuomalaiset voivat nyt kommentoida hyvinvointialueen valmisteluasiakirjoja "
            "verkossa. Ensimmäisenä kommentoitavana on palvelulupauksen luonnos."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Keski-Suomen hyvinvointialueen valmistelussa on otettu käyttöön "
                    "verkkoalusta, jolla kuka tahansa voi kommentoida keskeneräisiä suunnitelmia. "
                    "Alustalle kirjaudutaan sähköpostiosoitteella, mutta kommentit voi julkaista "
                    "myös nimimerkillä. Kommentit ovat kaikkien nähtävillä, ja niihin voi myös "
                    "vastata, jolloin alustalle syntyy keskustelua eri näkökulmista. Asiattomat "
                    "viestit poistetaan.</p><p>Ensimmäisenä avattiin palvelulupauksen luonnos. "
                    "Siinä kuvataan, mitä asukkaat voivat odottaa palveluilta esimerkiksi "
                    "saavutettavuuden, vuorovaikutuksen ja asioinnin sujuvuuden osalta. "
                    "Kommentointiaika päättyy maaliskuun puolivälissä, minkä jälkeen valmistelijat "
                    "julkaisevat koosteen siitä, miten palaute on otettu huomioon. Alustaa on "
                    "tarkoitus käyttää myöhemmin myös osallisuusohjelman ja "
                    "hyvinvointisuunnitelman kommentointiin.</p>"
                ),
            ),
            ("heading", "Apua kirjastoista ja digitukipisteistä"),
            (
                "paragraph",
                (
                    "<p>Kaikilla ei ole tottumusta tai välineitä verkossa osallistumiseen. Siksi "
                    "kommentoinnissa voi saada apua useiden kuntien kirjastoista ja järjestöjen "
                    "digitukipisteistä. Lisäksi luonnoksesta järjestetään kaksi avointa "
                    "keskustelutilaisuutta, joissa palautetta kirjataan suoraan paperille. "
                    "Palautetta alustan toimivuudesta voi antaa suoraan sen kautta. Verkossa "
                    "osallistuminen on hyvä lisä, mutta se ei korvaa kasvokkaisia "
                    "tilaisuuksia.</p>"
                ),
            ),
        ],
        "keywords": ["digitaalinen osallisuus", "Keski-Suomi", "hyvinvointialue", "saavutettavuus"],
    },
    {
        "slug": "aluevaltuustot-aloittivat-tyonsa",
        "title": "Aluevaltuustot aloittivat – osallisuusverkostot tarjoavat tukeaan",
        "date": datetime.date(2022, 3, 9),
        "lead": (
            "Uusien aluevaltuustojen toimikausi alkoi maaliskuun alussa. Osallisuusverkostot "
            "haluavat varmistaa, että asukkaiden ääni kuuluu jo ensimmäisissä päätöksissä."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Tammikuussa valittujen aluevaltuustojen toimikausi alkoi 1.3.2022. "
                    "Ensimmäisissä kokouksissa valtuustot ovat valinneet puheenjohtajistonsa ja "
                    "aluehallituksensa sekä aloittaneet hallintosäännön käsittelyn. "
                    "Hallintosäännössä päätetään myös siitä, miten vaikuttamistoimielimet ja "
                    "osallisuustyö organisoidaan. Monessa valtuustossa istuu runsaasti "
                    "ensikertalaisia, joille hyvinvointialueen tehtävät ovat vielä "
                    "uusia.</p><p>Useiden hyvinvointialueiden osallisuusverkostot ovat lähettäneet "
                    "uusille valtuutetuille tervehdyksen, jossa ne esittelevät toimintaansa ja "
                    "tarjoavat tukeaan. Verkostot muistuttavat, että osallisuustyö on jo pitkällä: "
                    "kokemusasiantuntijoita on koulutettu, kuntien käytäntöjä kartoitettu ja "
                    "järjestöjen kanssa on sovittu yhteistyön muodoista.</p>"
                ),
            ),
            ("heading", "Ehdotuksia ensimmäiselle vuodelle"),
            (
                "paragraph",
                (
                    "<ul><li>Osallisuustyölle nimetään "
                    "vastuuhenkilö.</li><li>Vaikuttamistoimielimille varataan riittävä tuki ja "
                    "kokouspalkkiot.</li><li>Valtuutetuille järjestetään perehdytys "
                    "asukasosallisuuden menetelmiin.</li></ul><p>Verkostot tarjoutuvat myös "
                    "esittelemään toimintaansa valtuustoseminaareissa. Ehdotukset on laadittu "
                    "yhdessä järjestöjen ja kokemusasiantuntijoiden kanssa. Useilla alueilla on jo "
                    "sovittu ensimmäisistä tapaamisista valtuutettujen kanssa, ja verkostot "
                    "toivovat, että yhteistyöstä tulee säännöllistä. Verkostojen mukaan osallisuus "
                    "kannattaa nähdä osana hyvinvointialueen strategiaa eikä erillisenä "
                    "lisätehtävänä.</p>"
                ),
            ),
        ],
        "keywords": ["aluevaalit", "hyvinvointialue", "verkostot", "vaikuttamistoimielimet"],
    },
    {
        "slug": "pirkanmaan-asukasraati-sote-keskus",
        "title": "Asukasraati arvioi sote-keskuksen palveluja Pirkanmaalla",
        "date": datetime.date(2022, 3, 23),
        "lead": (
            "Pirkanmaalla 15 satunnaisesti valittua asukasta perehtyy kevään aikana sote-keskuksen "
            "ajanvaraukseen ja laatii suosituksia sen kehittämiseksi."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pirkanmaalla on käynnistynyt asukasraati, jonka aiheena on sote-keskuksen "
                    "ajanvaraus ja yhteydenotto. Raatiin kutsuttiin satunnaisotannalla 15 "
                    "asukasta, joiden joukossa on eri-ikäisiä ihmisiä sekä kaupungeista että "
                    "maaseudulta. Raatilaisille maksetaan pieni palkkio, ja heidän matkakulunsa "
                    "korvataan.</p><p>Raati kokoontuu neljä kertaa. Tapaamisissa kuullaan "
                    "asiantuntijoita, kuten sote-keskuksen hoitajia, digipalvelujen kehittäjiä ja "
                    "kokemusasiantuntijoita. Lisäksi raatilaiset testaavat itse puhelin- ja "
                    "chat-palvelua ja vertaavat kokemuksiaan keskenään. Viimeisellä kerralla raati "
                    "kirjoittaa yhteisen kannanoton. Keskusteluja ohjaa kaksi puolueetonta "
                    "fasilitaattoria, jotka huolehtivat siitä, että jokainen saa äänensä "
                    "kuuluviin. Ensimmäisen tapaamisen jälkeen moni raatilainen kertoi "
                    "yllättyneensä siitä, miten paljon heidän kokemuksiaan arvostetaan.</p>"
                ),
            ),
            ("heading", "Suositukset päättäjille kesäkuussa"),
            (
                "paragraph",
                (
                    "<p>Raadin suositukset luovutetaan hyvinvointialueen valmistelusta vastaaville "
                    "kesäkuussa. Valmistelijat ovat sitoutuneet vastaamaan julkisesti siihen, "
                    "mitkä suositukset toteutetaan ja miksi jotkin mahdollisesti jäävät "
                    "toteuttamatta. Asukasraati on alueella uusi menetelmä, ja sen toimivuutta "
                    "arvioidaan kokeilun jälkeen. Raadin työskentelyä voi seurata "
                    "hyvinvointialueen verkkosivuilta, jonne kootaan tapaamisten aineistot.</p>"
                ),
            ),
        ],
        "keywords": ["asukasraadit", "Pirkanmaa", "sote-keskus", "asiakasosallisuus"],
    },
    {
        "slug": "saamenkieliset-palvelut-kuulemistilaisuudet",
        "title": "Kuulemistilaisuuksissa keskusteltiin saamenkielisistä sote-palveluista",
        "date": datetime.date(2022, 4, 20),
        "lead": (
            "Lapin hyvinvointialueen valmistelu järjesti saamelaisten kotiseutualueella kolme "
            "kuulemistilaisuutta. Toiveissa korostuivat omakielinen palvelu ja kulttuurin "
            "tuntemus."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Huhtikuussa järjestettiin Inarissa, Utsjoella ja Enontekiöllä tilaisuudet, "
                    "joissa saamelaiset saivat kertoa kokemuksiaan ja toiveitaan sosiaali- ja "
                    "terveyspalveluista. Tilaisuuksissa oli tulkkaus pohjoissaameen, inarinsaameen "
                    "ja koltansaameen, ja niihin saattoi osallistua myös etäyhteydellä. "
                    "Kuulemisiin osallistui yhteensä noin 80 ihmistä.</p><p>Osallistujat "
                    "toivoivat, että palvelua saisi omalla äidinkielellä erityisesti lasten, "
                    "ikäihmisten ja mielenterveyspalvelujen asiakkaana. Moni korosti, ettei pelkkä "
                    "kielitaito riitä, vaan työntekijän on hyvä tuntea myös saamelaista "
                    "kulttuuria, suvun merkitystä ja porotalouden arkea.</p>"
                ),
            ),
            ("heading", "Palaute jatkovalmisteluun"),
            (
                "paragraph",
                (
                    "<p>Tilaisuuksien muistiinpanot koottiin yhteenvedoksi, jota käsitellään "
                    "yhdessä Saamelaiskäräjien kanssa. Saamenkielisten palvelujen turvaaminen on "
                    "yksi Lapin hyvinvointialueen erityistehtävistä, ja kuulemisten tulokset "
                    "ohjaavat sitä, miten palvelut käytännössä järjestetään. Moni osallistuja "
                    "toivoi, että vastaavia tilaisuuksia järjestetään jatkossakin säännöllisesti "
                    "ja että niissä kuullaan myös saamelaisnuoria. Nuoremmat osallistujat "
                    "toivoivat lisäksi, että saamenkielistä palvelua voisi saada myös "
                    "etävastaanotolla.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "Omalla kielellä voin keskittyä asiaan enkä joudu etsimään sanoja.",
                    "attribution": "tilaisuuteen osallistunut ikäihminen",
                },
            ),
        ],
        "keywords": ["saamelaiset", "Lappi", "yhdenvertaisuus", "asiakasosallisuus"],
    },
    {
        "slug": "kainuun-ikaihmisten-kysely",
        "title": "Kainuun ikäihmisiltä kysytään kotona asumisen tuesta",
        "date": datetime.date(2022, 5, 11),
        "lead": (
            "Kainuun vanhusneuvostot ja eläkeläisjärjestöt keräävät kesäkuun loppuun saakka "
            "kokemuksia kotihoidosta, kuljetuksista ja arjen avusta."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Kainuun kuntien vanhusneuvostot ovat yhdessä alueen eläkeläisjärjestöjen "
                    "kanssa käynnistäneet kyselyn, jossa ikäihmiset voivat kertoa, millaista tukea "
                    "he tarvitsevat kotona asumiseen. Kyselyyn voi vastata verkossa tai "
                    "paperilomakkeella, jota jaetaan apteekeissa, kirjastoissa ja "
                    "palvelukeskuksissa. Kysely on kirjoitettu selkeällä kielellä ja isolla "
                    "fontilla, ja sen täyttäminen vie noin vartin. Vastaajien henkilötietoja ei "
                    "kerätä. Lopussa on avoin kysymys, johon voi kirjoittaa omin sanoin, mikä "
                    "arjessa tuntuu hankalimmalta.</p><p>Kysymykset koskevat muun muassa "
                    "kotihoidon käyntejä, asiointi- ja kuljetuspalveluja, yksinäisyyttä sekä sitä, "
                    "kuinka helposti oikean avun löytää. Vastaajat voivat myös ehdottaa asioita, "
                    "jotka tulevan hyvinvointialueen vanhusneuvoston pitäisi ottaa ensimmäisenä "
                    "käsittelyyn.</p>"
                ),
            ),
            ("heading", "Vastauksia toivotaan laajasti"),
            (
                "paragraph",
                (
                    "<p>Järjestäjät toivovat vastauksia myös niiltä, jotka eivät vielä käytä "
                    "palveluja. Eläkeläisyhdistysten vapaaehtoiset auttavat tarvittaessa lomakkeen "
                    "täyttämisessä. Tulokset esitellään syyskuussa avoimessa tilaisuudessa "
                    "Kajaanissa. Niistä kerrotaan myös paikallislehdissä. Vanhusneuvostot haluavat "
                    "tuoda päätöksiin myös niiden äänen, jotka eivät itse pääse kokouksiin.</p>"
                ),
            ),
        ],
        "keywords": ["ikäihmiset", "Kainuu", "vaikuttamistoimielimet", "kyselyt", "järjestöt"],
    },
    {
        "slug": "jarjestoavustukset-hyvinvointialueilla-tyopaja",
        "title": "Työpaja pohti järjestöavustuksia hyvinvointialueiden aikana",
        "date": datetime.date(2022, 6, 1),
        "lead": (
            "Kuntien ja hyvinvointialueiden valmistelijat sekä järjestöt etsivät yhdessä "
            "ratkaisuja siihen, miten järjestöjen rahoitus turvataan uudistuksen jälkeen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Moni järjestö on huolissaan siitä, jatkuuko kunnalta saatu avustus, kun "
                    "palvelut siirtyvät hyvinvointialueille. Toukokuun lopulla pidetyssä "
                    "verkkotyöpajassa yli 120 osallistujaa pohti, miten avustustoiminta kannattaa "
                    "rakentaa uudessa tilanteessa. Työpajan järjestivät yhdessä alueelliset "
                    "järjestöyhteistyön verkostot.</p><p>Keskustelussa korostui, että "
                    "hyvinvointialueiden ja kuntien on sovittava selkeästi työnjaosta. Kunnat "
                    "vastaavat jatkossakin esimerkiksi liikunta-, kulttuuri- ja nuorisotyön "
                    "avustuksista, kun taas hyvinvointialue voi tukea erityisesti sosiaali- ja "
                    "terveysjärjestöjen toimintaa. Väliinputoajiksi eivät saa jäädä ne järjestöt, "
                    "joiden työ liittyy molempiin. Osallistujat toivoivat myös, ettei avustuksiin "
                    "tule siirtymävaiheessa katkoksia, sillä moni yhdistys suunnittelee "
                    "toimintaansa vuosi kerrallaan. Työpajan aineistot ja muistio ovat saatavilla "
                    "järjestöjen yhteisillä verkkosivuilla.</p>"
                ),
            ),
            ("heading", "Avustusten periaatteet"),
            (
                "paragraph",
                (
                    "<p>Työpajan tuloksena koottiin periaatteita, joita alueet voivat "
                    "hyödyntää:</p><ul><li>haku on ennakoitavaa ja tapahtuu vuosittain samaan "
                    "aikaan</li><li>pienille yhdistyksille tarjotaan kevennetty "
                    "hakumenettely</li><li>avustuksilla tuetaan sekä perustoimintaa että toiminnan "
                    "kehittämistä</li><li>päätöksistä ja niiden perusteista viestitään "
                    "avoimesti</li></ul>"
                ),
            ),
        ],
        "keywords": ["järjestöavustukset", "järjestöt", "hyvinvointialue", "hyte"],
    },
    {
        "slug": "jarjestoneuvottelukunnan-valmistelu-pohjois-pohjanmaa",
        "title": "Järjestöneuvottelukunnan kokoonpano kommentoitavana Pohjois-Pohjanmaalla",
        "date": datetime.date(2022, 6, 22),
        "lead": (
            "Pohjois-Pohjanmaan sote-järjestöjen verkosto on koonnut ehdotuksen hyvinvointialueen "
            "järjestöneuvottelukunnasta. Järjestöt voivat kommentoida luonnosta elokuun loppuun."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pohjois-Pohjanmaalla järjestöt ovat kevään aikana valmistelleet ehdotusta "
                    "siitä, miten järjestöneuvottelukunta voisi toimia tulevalla "
                    "hyvinvointialueella. Neuvottelukunnan tehtävänä olisi tuoda järjestöjen "
                    "näkemykset alueen suunnitteluun ja seurata yhteistyön toteutumista. Nykyisin "
                    "järjestöjen yhteistyö kulkee pääosin sote-järjestöjen verkoston kautta, ja "
                    "neuvottelukunta täydentäisi sitä virallisena rakenteena. Ehdotus perustuu "
                    "kevään keskusteluihin, joihin osallistui yli 60 järjestöä.</p><p>Luonnoksessa "
                    "ehdotetaan, että neuvottelukunnassa olisi 16 jäsentä. He edustaisivat eri "
                    "järjestösektoreita, kuten potilas- ja vammaisjärjestöjä, lasten ja nuorten "
                    "järjestöjä, eläkeläisjärjestöjä sekä kokemustoimintaa. Lisäksi jokaiselta "
                    "kuudelta alueelta olisi vähintään yksi edustaja. Neuvottelukunnan toimikausi "
                    "olisi sama kuin aluevaltuuston, ja jäsenet valittaisiin järjestöjen avoimen "
                    "haun kautta.</p>"
                ),
            ),
            ("heading", "Kommentit verkossa tai tapaamisessa"),
            (
                "paragraph",
                (
                    "<p>Luonnosta voi kommentoida verkkolomakkeella tai osallistumalla verkoston "
                    "elokuun tapaamiseen. Lopullinen ehdotus toimitetaan hyvinvointialueelle "
                    "syksyllä, kun se päättää osallisuuden rakenteistaan. Kommentteja pyydetään "
                    "erityisesti jäsenmäärästä, valintatavasta ja neuvottelukunnan tehtävistä. "
                    "Myös verkostoon kuulumattomat järjestöt voivat kommentoida. Verkoston mukaan "
                    "neuvottelukunnan on päästävä mukaan jo silloin, kun asioita vasta "
                    "suunnitellaan.</p>"
                ),
            ),
        ],
        "keywords": ["järjestöneuvottelukunta", "Pohjois-Pohjanmaa", "sote-järjestöjen verkosto"],
    },
    {
        "slug": "osallisuusohjelman-luonnos-kommentoitavana",
        "title": "Osallisuusohjelman luonnos avoinna kaikille kommentoijille",
        "date": datetime.date(2022, 8, 17),
        "lead": (
            "Keski-Suomen hyvinvointialueen osallisuusohjelman luonnos on avattu kommentoitavaksi. "
            "Ohjelma linjaa, miten asukkaat ja järjestöt pääsevät mukaan palvelujen kehittämiseen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Keski-Suomessa on kevään ja kesän aikana valmisteltu hyvinvointialueen "
                    "osallisuusohjelmaa. Luonnos perustuu verkkokyselyyn, kuuteen työpajaan ja "
                    "alueen osallisuusverkoston keskusteluihin. Luonnosta voi kommentoida "
                    "sähköisellä alustalla syyskuun puoliväliin asti. Ohjelman tavoitteena on "
                    "tehdä osallisuudesta osa jokaisen palvelun arkea. Sen valmisteluun ovat "
                    "osallistuneet myös vaikuttamistoimielinten edustajat.</p><p>Ohjelmassa on "
                    "neljä painopistettä:</p><ol><li>asukkaiden vaikuttaminen "
                    "päätöksentekoon</li><li>asiakkaiden osallisuus omiin "
                    "palveluihinsa</li><li>yhteistyö kokemusasiantuntijoiden ja järjestöjen "
                    "kanssa</li><li>digitaaliset ja muut matalan kynnyksen "
                    "osallistumistavat</li></ol>"
                ),
            ),
            ("heading", "Kommentointi myös paperilla"),
            (
                "paragraph",
                (
                    "<p>Luonnoksesta on tehty myös selkokielinen tiivistelmä. Sähköisen "
                    "kommentoinnin lisäksi palautetta voi antaa kirjastoissa olevilla lomakkeilla. "
                    "Ohjelma viimeistellään syksyllä, ja aluevaltuusto käsittelee sen ennen "
                    "vuodenvaihdetta. Ohjelmaan liitetään toimeenpanosuunnitelma, jossa nimetään "
                    "vastuuhenkilöt ja seurannan mittarit. Kommentteja toivotaan erityisesti "
                    "nuorilta, ikäihmisiltä ja vammaisilta ihmisiltä, joiden ääni jää usein "
                    "vähemmälle. Ohjelman toteutumisesta laaditaan vuosittain seurantaraportti. "
                    "Valmistelijoiden mukaan hyvä ohjelma on sellainen, jonka jokainen työntekijä "
                    "tunnistaa omaksi työkalukseen.</p>"
                ),
            ),
        ],
        "keywords": ["osallisuus", "Keski-Suomi", "digitaalinen osallisuus", "hyvinvointialue"],
    },
    {
        "slug": "saavutettavuuskavely-sote-keskuksessa",
        "title": "Vammaisneuvosto testasi sote-keskuksen saavutettavuutta",
        "date": datetime.date(2022, 9, 28),
        "lead": (
            "Vammaisneuvoston jäsenet kulkivat sote-keskuksen läpi pyörätuolilla, valkoisen kepin "
            "kanssa ja kuulolaitetta käyttäen. Kävelyllä löytyi useita korjattavia kohtia."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pohjois-Pohjanmaalla järjestettiin syyskuussa saavutettavuuskävely yhdessä "
                    "alueen sote-keskuksista. Kävelyyn osallistui vammaisneuvoston jäseniä, "
                    "vammaisjärjestöjen edustajia sekä kiinteistön ja sote-keskuksen henkilöstöä. "
                    "Kävely tehtiin tavallisena arkipäivänä, jotta tilat näkyivät sellaisina kuin "
                    "asiakkaat ne kohtaavat.</p><p>Osallistujat kulkivat reitin pääovelta "
                    "ilmoittautumiseen, odotustilaan, vastaanotolle ja laboratorioon. Kävelyllä "
                    "huomattiin esimerkiksi, että opasteiden kontrasti on heikko, vuoronumeroa ei "
                    "kuuluteta ja yhden vastaanottohuoneen ovi on liian raskas avata. Myös "
                    "pysäköintialueelta puuttui merkitty reitti pääovelle.</p>"
                ),
            ),
            ("heading", "Korjaukset aikataulutettiin"),
            (
                "paragraph",
                (
                    "<p>Havainnot kirjattiin listaksi, ja osa korjauksista tehdään jo syksyn "
                    "aikana. Vammaisneuvosto on ehdottanut, että vastaavia kävelyjä järjestetään "
                    "säännöllisesti myös muissa toimipisteissä ja että uusien tilojen suunnitelmat "
                    "tuodaan neuvoston nähtäviksi ajoissa. Henkilöstö kertoi saaneensa paljon "
                    "uutta tietoa, sillä monia puutteita on vaikea huomata, jos ei itse käytä "
                    "apuvälineitä. Kävelyn tulokset esiteltiin myös sote-keskuksen koko "
                    "henkilöstölle.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "Kun rakennus toimii meille, se toimii kaikille.",
                    "attribution": "vammaisneuvoston jäsen",
                },
            ),
        ],
        "keywords": ["vaikuttamistoimielimet", "saavutettavuus", "yhdenvertaisuus"],
    },
    {
        "slug": "webinaari-hyte-kerroin-ja-jarjestot",
        "title": "Webinaari: hyte-kerroin ja järjestöjen rooli hyvinvoinnin edistämisessä",
        "date": datetime.date(2022, 10, 19),
        "lead": (
            "Marraskuussa pidettävä webinaari avaa, mikä hyte-kerroin on ja miten järjestöt voivat "
            "olla mukana työssä, josta hyvinvointialueet saavat lisärahoitusta."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Hyvinvointialueiden rahoitukseen sisältyy vuodesta 2023 alkaen niin "
                    "sanottu hyte-kerroin. Sen avulla osa valtion rahoituksesta kohdennetaan sen "
                    "perusteella, miten alue edistää asukkaidensa hyvinvointia ja terveyttä. "
                    "Kertoimessa tarkastellaan sekä toimintaa kuvaavia mittareita että väestön "
                    "hyvinvoinnin tuloksia.</p><p>Webinaarissa kuullaan, millaisia mittareita "
                    "kertoimessa käytetään ja miten järjestöjen työ voi näkyä niissä. Puhujina "
                    "ovat hyte-koordinaattori, järjestöyhteistyön asiantuntija sekä kahden "
                    "järjestön edustajat, jotka kertovat yhteistyöstä kuntien kanssa. Tilaisuuden "
                    "järjestää alueellinen järjestöyhteistyön verkosto.</p>"
                ),
            ),
            ("heading", "Ajankohta ja ilmoittautuminen"),
            (
                "paragraph",
                (
                    "<p>Webinaari pidetään keskiviikkona 16.11.2022 kello 13–15 verkossa. "
                    "Tilaisuus on maksuton ja avoin kaikille. Se tallennetaan, ja tallenne "
                    "tekstitetään. Ilmoittautuneille lähetetään osallistumislinkki edellisenä "
                    "päivänä. Kysymyksiä puhujille voi lähettää etukäteen ilmoittautumisen "
                    "yhteydessä. Webinaari on suunnattu erityisesti järjestöjen työntekijöille ja "
                    "vapaaehtoisille, mutta myös kuntien ja hyvinvointialueiden hyte-työtä tekevät "
                    "ovat tervetulleita. Lopussa on varattu aikaa keskustelulle. Webinaariin "
                    "mahtuu 300 osallistujaa, ja tallenne julkaistaan myöhemmin myös tällä "
                    "sivustolla.</p>"
                ),
            ),
        ],
        "keywords": ["hyte", "webinaari", "järjestöt", "hyvinvointialue"],
    },
    {
        "slug": "lapin-osallisuusverkoston-suositukset",
        "title": "Lapin osallisuusverkosto luovutti suosituksensa hyvinvointialueelle",
        "date": datetime.date(2022, 11, 9),
        "lead": (
            "Toista vuotta toiminut osallisuusverkosto on koonnut suosituksia asukkaiden "
            "osallisuuden vahvistamiseksi Lapin hyvinvointialueella."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Lapin osallisuusverkosto on tehnyt vuoden aikana työtä sen eteen, että "
                    "asukkaiden osallisuus olisi hyvinvointialueella luonteva osa arkea eikä "
                    "erillinen projekti. Lokakuussa verkosto viimeisteli suosituksensa, jotka se "
                    "luovutti hyvinvointialueen johdolle marraskuun alussa. Suositukset perustuvat "
                    "verkoston keskusteluihin, kuntakyselyn tuloksiin ja asukkaiden kanssa "
                    "käytyihin keskusteluihin eri puolilla Lappia. Suosituksista keskeisimpiä "
                    "ovat:</p><ul><li>osallisuustyölle varataan oma henkilöstö ja "
                    "budjetti</li><li>asiakaspalaute kerätään ja julkaistaan yhtenäisellä "
                    "tavalla</li><li>kokemusasiantuntijat ovat mukana jokaisella "
                    "palvelualueella</li><li>saamenkielinen osallistuminen mahdollistetaan "
                    "kaikissa kuulemisissa</li><li>pitkät etäisyydet otetaan huomioon tarjoamalla "
                    "etäosallistumista</li></ul>"
                ),
            ),
            ("heading", "Verkoston tulevaisuus"),
            (
                "paragraph",
                (
                    "<p>Verkoston jäsenet keskustelivat myös siitä, miten yhteistyö jatkuu, kun "
                    "hyvinvointialue aloittaa toimintansa. Yhteinen näkemys oli, että "
                    "osallisuusverkosto on edelleen tarpeen paikkana, jossa kunnat, järjestöt ja "
                    "hyvinvointialue jakavat kokemuksiaan. Hyvinvointialueen johto lupasi "
                    "käsitellä suositukset osallisuusohjelman valmistelun yhteydessä. Jatkossa "
                    "verkosto kokoontuu neljästi vuodessa, ja uudet jäsenet ovat edelleen "
                    "tervetulleita. Jäsenten mukaan yhteistyössä on opittu puhumaan samaa kieltä, "
                    "vaikka taustaorganisaatiot ovat hyvin erilaisia.</p>"
                ),
            ),
        ],
        "keywords": ["osallisuus", "Lappi", "verkostot", "hyvinvointialue", "saamelaiset"],
    },
    {
        "slug": "hyvinvointialueen-nuorisovaltuusto-aloitti",
        "title": "Hyvinvointialueen nuorisovaltuusto kokoontui ensimmäistä kertaa",
        "date": datetime.date(2022, 11, 30),
        "lead": (
            "Pohjois-Pohjanmaan hyvinvointialueen nuorisovaltuusto piti järjestäytymiskokouksensa. "
            "Ensimmäiseksi teemaksi valittiin nuorten mielenterveyspalvelut."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pohjois-Pohjanmaan hyvinvointialueen nuorisovaltuuston jäsenet tapasivat "
                    "ensimmäistä kertaa marraskuun lopulla Oulussa. Valtuustoon kuuluu 25 nuorta "
                    "alueen eri kunnista, ja jäsenet ovat 13–20-vuotiaita. Jäsenet valittiin "
                    "kuntien nuorisovaltuustojen esityksistä niin, että eri osat aluetta ovat "
                    "edustettuina.</p><p>Kokouksessa valittiin puheenjohtaja ja kaksi "
                    "varapuheenjohtajaa sekä sovittiin, että valtuusto kokoontuu noin kerran "
                    "kuukaudessa. Joka toinen kokous pidetään etänä, jotta kaukana asuvien nuorten "
                    "on helpompi osallistua. Valtuusto aikoo lisäksi esittää, että sen edustajat "
                    "saisivat puhe- ja läsnäolo-oikeuden hyvinvointialueen lautakuntiin.</p>"
                ),
            ),
            ("heading", "Nuoret haluavat vaikuttaa mielenterveyspalveluihin"),
            (
                "paragraph",
                (
                    "<p>Monen nuoren on vaikea tietää, mistä apua saa, ja tähän valtuusto haluaa "
                    "ensimmäisenä muutoksen. Jäsenet aikovat selvittää, kuinka nopeasti nuori "
                    "pääsee keskustelemaan ammattilaisen kanssa ja miten koulukuraattorin ja "
                    "-psykologin palveluja voisi kehittää. Valtuusto valmistelee aiheesta kyselyn "
                    "alueen nuorille keväällä. Lisäksi valtuusto haluaa edistää nuorten liikuntaa "
                    "ja päihteettömiä vapaa-ajan mahdollisuuksia yhdessä kuntien kanssa. Kokouksen "
                    "lopuksi nuoret tapasivat aluevaltuuston puheenjohtajiston ja kuulivat, miten "
                    "hyvinvointialueella päätöksiä valmistellaan.</p>"
                ),
            ),
        ],
        "keywords": ["nuoret", "vaikuttamistoimielimet", "Pohjois-Pohjanmaa", "hyvinvointialue"],
    },
    {
        "slug": "hyvinvointialueet-aloittavat-vuodenvaihteessa",
        "title": "Hyvinvointialueet aloittavat vuodenvaihteessa – mikä muuttuu asukkaalle?",
        "date": datetime.date(2022, 12, 14),
        "lead": (
            "Sosiaali- ja terveyspalvelujen sekä pelastustoimen järjestämisvastuu siirtyy "
            "hyvinvointialueille 1.1.2023. Useimmille asukkaille muutos näkyy aluksi vain vähän."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Vuoden 2023 alusta lähtien 21 hyvinvointialuetta sekä Helsingin kaupunki "
                    "vastaavat sosiaali- ja terveydenhuollosta ja pelastustoimesta. "
                    "Hyvinvointialueiden aloitus on suuri hallinnollinen muutos, mutta asiakkaan "
                    "arjessa tuttu terveysasema, neuvola tai kotihoidon työntekijä säilyy yleensä "
                    "ennallaan. Alkuvaiheessa voi esiintyä ruuhkia esimerkiksi puhelinpalveluissa, "
                    "kun asukkaat etsivät uusia yhteystietoja. Hätänumero on edelleen 112. "
                    "Asiakasmaksuista päättää jatkossa hyvinvointialue.</p>"
                ),
            ),
            ("heading", "Mitä asukkaan kannattaa tietää"),
            (
                "paragraph",
                (
                    "<ul><li>Tarkista hyvinvointialueesi verkkosivuilta ajanvarauksen ja neuvonnan "
                    "puhelinnumerot, sillä osa numeroista muuttuu.</li><li>Voimassa olevat "
                    "ajanvaraukset, reseptit ja päätökset pysyvät voimassa.</li><li>Kunta vastaa "
                    "edelleen esimerkiksi kouluista, liikunnasta ja "
                    "kulttuurista.</li><li>Palautetta palveluista voi antaa hyvinvointialueen "
                    "palautekanavien kautta.</li></ul><p>Osallisuuden kannalta muutos on "
                    "merkittävä. Hyvinvointialueiden vaikuttamistoimielimet, asiakasraadit ja "
                    "järjestöyhteistyön rakenteet pääsevät nyt toden teolla töihin. Järjestöjen ja "
                    "kokemusasiantuntijoiden panosta tarvitaan, jotta palvelut muotoutuvat "
                    "asukkaiden tarpeiden mukaisiksi. Hyvinvointialueiden verkkosivuilta löytyy "
                    "tietoa myös siitä, miten asukkaat voivat osallistua palvelujen "
                    "kehittämiseen.</p>"
                ),
            ),
        ],
        "keywords": ["hyvinvointialue", "soteuudistus", "sote", "asiakasosallisuus"],
    },
    {
        "slug": "kainuun-jarjestoavustukset-haettavissa",
        "title": "Kainuun hyvinvointialueen järjestöavustukset haettavina",
        "date": datetime.date(2023, 2, 8),
        "lead": (
            "Kainuun hyvinvointialue jakaa ensimmäistä kertaa avustuksia hyvinvointia ja terveyttä "
            "edistäville järjestöille. Hakuaika päättyy maaliskuun puolivälissä."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Kainuun hyvinvointialueen avustushaku on auki. Avustusta voivat hakea "
                    "kainuulaiset rekisteröidyt yhdistykset, jotka edistävät asukkaiden "
                    "hyvinvointia, terveyttä tai osallisuutta. Tänä vuonna jaettavana on yhteensä "
                    "180 000 euroa.</p><p>Avustuksia myönnetään kahdessa luokassa. "
                    "Toiminta-avustus on tarkoitettu yhdistyksen vakiintuneeseen toimintaan, kuten "
                    "vertaistukiryhmiin ja kohtaamispaikkoihin. Kohdeavustuksella voi hakea "
                    "rahoitusta yksittäiseen tapahtumaan tai kokeiluun. Pienelle yhdistykselle jo "
                    "muutaman tuhannen euron avustus voi ratkaista, jatkuuko esimerkiksi "
                    "vertaisryhmän toiminta. Hakemus jätetään sähköisesti, mutta tarvittaessa sen "
                    "voi toimittaa myös paperisena. Päätökset tehdään huhtikuussa, ja avustukset "
                    "maksetaan toukokuussa.</p>"
                ),
            ),
            ("heading", "Neuvontaa hakijoille"),
            (
                "paragraph",
                (
                    "<p>Hyvinvointialue järjestää hakijoille kaksi etäinfoa helmikuussa. Niissä "
                    "käydään läpi hakulomake, arviointiperusteet ja tavallisimmat virheet. "
                    "Järjestöjen hakemusten arvioinnissa painotetaan muun muassa toiminnan "
                    "tavoittavuutta, yhteistyötä muiden toimijoiden kanssa sekä sitä, miten "
                    "toiminta tukee alueen hyte-tavoitteita. Avustuksen saajilta pyydetään vuoden "
                    "lopussa lyhyt selvitys varojen käytöstä. Hyvinvointialue avaa vastaavan haun "
                    "jatkossa vuosittain. Etäinfojen tallenteet löytyvät verkkosivuilta, ja "
                    "kysymyksiä voi lähettää myös sähköisellä lomakkeella.</p>"
                ),
            ),
        ],
        "keywords": ["järjestöavustukset", "Kainuu", "järjestöt", "hyte"],
    },
    {
        "slug": "asukasraati-ikaihmisten-kotihoidosta",
        "title": "Asukasraati antoi suosituksensa ikäihmisten kotihoidosta",
        "date": datetime.date(2023, 3, 29),
        "lead": (
            "Keski-Suomen hyvinvointialueen asukasraati pohti, miten kotihoito voisi tukea "
            "paremmin ikäihmisten omannäköistä elämää. Raati luovutti suosituksensa maaliskuun "
            "lopussa."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Keski-Suomen hyvinvointialueen ensimmäinen asukasraati perehtyi "
                    "maaliskuussa ikäihmisten kotihoitoon. Raatiin valittiin 20 asukasta eri "
                    "puolilta maakuntaa, ja mukana oli kotihoidon asiakkaita, omaisia sekä "
                    "ihmisiä, jotka eivät vielä tarvitse palveluja. Jäsenet valittiin "
                    "satunnaisotannalla, ja syrjäkylien osallistujille järjestettiin kuljetus "
                    "kokouspaikalle.</p><p>Kolmen tapaamiskerran aikana raati kuuli kotihoidon "
                    "työntekijöitä, vanhusneuvoston edustajaa ja järjestöjen asiantuntijoita. "
                    "Raatilaiset tutustuivat myös siihen, miten kotihoidon käynnit suunnitellaan "
                    "ja aikataulutetaan. Lisäksi raati kävi läpi kotihoidon asiakaspalautteita ja "
                    "vertasi niitä omiin kokemuksiinsa.</p>"
                ),
            ),
            ("heading", "Raadin suosituksia"),
            (
                "paragraph",
                (
                    "<ul><li>Samat työntekijät käyvät asiakkaan luona mahdollisimman "
                    "usein.</li><li>Käyntiajoista sovitaan asiakkaan kanssa, ja muutoksista "
                    "kerrotaan ajoissa.</li><li>Kotihoito ohjaa asiakkaita järjestöjen ja "
                    "seurakuntien toimintaan yksinäisyyden "
                    "lievittämiseksi.</li></ul><p>Hyvinvointialue on luvannut kertoa syksyllä, "
                    "miten suosituksia on edistetty. Suositukset käsitellään myös "
                    "hyvinvointialueen vanhusneuvostossa. Raadin jäsenet kokivat työskentelyn "
                    "mielekkääksi, ja moni kertoi olevansa valmis osallistumaan uudelleen.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "Tuttu hoitaja tietää, miten äitini haluaa kahvinsa. Se ratkaisee.",
                    "attribution": "asukasraadin jäsen ja omainen",
                },
            ),
        ],
        "keywords": ["asukasraadit", "ikäihmiset", "Keski-Suomi", "asiakasosallisuus"],
    },
    {
        "slug": "pirkanmaan-jarjestoneuvottelukunta-aloitti",
        "title": "Järjestöneuvottelukunta aloitti työnsä Pirkanmaalla",
        "date": datetime.date(2023, 4, 26),
        "lead": (
            "Pirkanmaan hyvinvointialueen järjestöneuvottelukunta kokoontui ensimmäistä kertaa. "
            "Sen tehtävänä on vahvistaa järjestöjen ja hyvinvointialueen yhteistyötä."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pirkanmaan hyvinvointialueelle on perustettu järjestöneuvottelukunta, "
                    "jonka jäsenet valittiin järjestöjen omassa haussa. Neuvottelukunnassa on 14 "
                    "järjestöjen edustajaa sekä hyvinvointialueen viranhaltijoita ja "
                    "luottamushenkilöitä. Hakuun saatiin yli 70 ehdotusta, ja valinnoissa "
                    "huomioitiin eri järjestösektorien ja alueiden edustus. Puheenjohtajana toimii "
                    "järjestöjen edustaja. Jäsenten toimikausi on kaksi "
                    "vuotta.</p><p>Ensimmäisessä kokouksessa neuvottelukunta laati "
                    "toimintasuunnitelman loppuvuodelle. Se aikoo käsitellä järjestöavustusten "
                    "käytäntöjä, järjestötiedon näkymistä sote-keskuksissa sekä hyvinvointialueen "
                    "tilojen käyttöä järjestöjen toimintaan.</p>"
                ),
            ),
            ("heading", "Yhteys laajaan järjestökenttään"),
            (
                "paragraph",
                (
                    "<p>Neuvottelukunta haluaa toimia kumpaankin suuntaan: se vie järjestöjen "
                    "näkemyksiä hyvinvointialueelle ja kertoo järjestöille ajankohtaisista "
                    "valmisteluista. Siksi jokaisen kokouksen jälkeen julkaistaan tiivis katsaus, "
                    "ja kerran vuodessa pidetään avoin järjestöfoorumi. Neuvottelukunta kokoontuu "
                    "neljä kertaa vuodessa, ja järjestöt voivat esittää sille käsiteltäviä asioita "
                    "sähköisellä lomakkeella. Ensimmäisen kokouksen tunnelmaa kuvattiin "
                    "innostuneeksi: järjestöjen osaaminen nähdään hyvinvointialueella voimavarana. "
                    "Neuvottelukunta on myös sopinut tapaavansa alueen vaikuttamistoimielimiä "
                    "kerran vuodessa. Seuraava kokous pidetään kesäkuussa.</p>"
                ),
            ),
        ],
        "keywords": ["järjestöneuvottelukunta", "Pirkanmaa", "järjestöt", "järjestöavustukset"],
    },
    {
        "slug": "jarjestojen-digituki-sote-palveluihin",
        "title": "Järjestöjen digituki auttaa sähköisten sote-palvelujen käytössä",
        "date": datetime.date(2023, 5, 17),
        "lead": (
            "Yhä useampi sote-palvelu löytyy verkosta. Järjestöjen vapaaehtoiset digitukijat "
            "auttavat niitä, joille sähköinen asiointi on vierasta."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Ajanvaraus, laboratoriotulosten katsominen ja yhteydenotto hoitajaan "
                    "onnistuvat nykyään usein verkossa. Sähköiset palvelut säästävät monen aikaa, "
                    "mutta osa asukkaista jää niiden ulkopuolelle. Erityisesti ikäihmiset ja "
                    "ihmiset, joilla on kielellisiä tai kognitiivisia haasteita, tarvitsevat usein "
                    "tukea.</p><p>Eri puolilla Suomea järjestöt tarjoavat digitukea "
                    "kohtaamispaikoissaan, kirjastoissa ja sote-keskusten yhteydessä. "
                    "Vapaaehtoiset neuvovat esimerkiksi pankkitunnusten käytössä, sähköisen "
                    "ajanvarauksen tekemisessä ja omien terveystietojen katsomisessa. Tuki on "
                    "maksutonta, eikä siihen tarvita ajanvarausta. Vapaaehtoiset eivät käsittele "
                    "asiakkaan tunnuksia tai salasanoja, vaan neuvovat asiakasta toimimaan itse. "
                    "Vapaaehtoisten mukaan parasta on nähdä helpotus, kun joku onnistuu "
                    "ensimmäistä kertaa varaamaan ajan itse.</p>"
                ),
            ),
            ("heading", "Yhteistyö hyvinvointialueiden kanssa"),
            (
                "paragraph",
                (
                    "<p>Useat hyvinvointialueet ovat sopineet järjestöjen kanssa digituen "
                    "yhteistyöstä. Alueet kouluttavat vapaaehtoisia omien palvelujensa käyttöön, "
                    "ja järjestöt välittävät tietoa ongelmista, joihin asiakkaat törmäävät. Näin "
                    "palvelujen kehittäjät saavat arvokasta tietoa käytettävyydestä. "
                    "Hyvinvointialueet ovat myös tuottaneet selkokielisiä ohjeita sähköisten "
                    "palvelujen käyttöön, ja ohjeita saa myös tulostettuina.</p>"
                ),
            ),
        ],
        "keywords": ["digitaalinen osallisuus", "järjestöt", "yhdenvertaisuus", "ikäihmiset"],
    },
    {
        "slug": "kainuun-nuorten-mielenterveyskysely",
        "title": "Nuorten kysely: apua mielenterveyteen halutaan nopeammin",
        "date": datetime.date(2023, 8, 23),
        "lead": (
            "Kainuussa toteutettuun kyselyyn vastasi yli 900 nuorta. Tulosten mukaan nuoret "
            "toivovat matalan kynnyksen apua ja mahdollisuutta asioida myös chatissa."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Kainuun hyvinvointialueen nuorisovaltuusto ja nuorisotyön järjestöt "
                    "toteuttivat keväällä kyselyn, jossa selvitettiin 13–25-vuotiaiden kokemuksia "
                    "mielenterveyspalveluista. Kyselyyn vastasi 934 nuorta kaikista Kainuun "
                    "kunnista. Kysely toteutettiin koulujen oppitunneilla ja verkossa, ja siihen "
                    "vastattiin nimettömästi.</p><p>Vastaajista lähes puolet kertoi tarvinneensa "
                    "viimeisen vuoden aikana apua jaksamiseen tai mielialaan. Heistä moni koki, "
                    "ettei tiennyt, mistä apua olisi pitänyt hakea. Avovastauksissa toivottiin "
                    "erityisesti chat-palvelua, iltavastaanottoja ja sitä, että koulukuraattorille "
                    "pääsisi ilman pitkää odotusta. Harvaan asutuilla alueilla pitkät välimatkat "
                    "koettiin esteeksi avun hakemiselle.</p>"
                ),
            ),
            ("heading", "Tulokset päättäjien käsiin"),
            (
                "paragraph",
                (
                    "<p>Nuorisovaltuusto esitteli tulokset aluehallitukselle elokuussa. Se "
                    "ehdotti, että hyvinvointialue kokeilee nuorten chat-palvelua yhdessä "
                    "järjestöjen kanssa ja että nuoria otetaan mukaan palvelun suunnitteluun. "
                    "Aluehallitus lupasi palata asiaan syksyn aikana. Tulokset on julkaistu myös "
                    "nuorille suunnattuna lyhyenä videona, ja nuorisovaltuusto seuraa, miten "
                    "ehdotukset etenevät. Valtuuston puheenjohtajan mukaan kysely osoitti, ettei "
                    "kyse ole muutamasta nuoresta vaan isosta joukosta.</p>"
                ),
            ),
        ],
        "keywords": ["nuoret", "kyselyt", "Kainuu", "vaikuttamistoimielimet", "asiakasosallisuus"],
    },
    {
        "slug": "vanhusneuvostojen-verkostopaiva",
        "title": "Vanhusneuvostojen verkostopäivä kokosi kuntien ja hyvinvointialueiden edustajat",
        "date": datetime.date(2023, 9, 13),
        "lead": (
            "Kuntien ja hyvinvointialueiden vanhusneuvostot tapasivat verkkotilaisuudessa. "
            "Keskusteluissa etsittiin tapoja tehdä yhteistyötä uudessa rakenteessa."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Sote-uudistuksen jälkeen vanhusneuvostoja toimii sekä kunnissa että "
                    "hyvinvointialueilla. Kuntien neuvostot vaikuttavat esimerkiksi asumiseen, "
                    "liikkumiseen ja vapaa-aikaan, kun taas hyvinvointialueiden vanhusneuvostot "
                    "seuraavat sosiaali- ja terveyspalveluja. Työnjako ei kuitenkaan ole aina "
                    "selvä, ja moni asia koskee molempia. Kuten eräs osallistuja totesi, "
                    "ikäihmisen arki ei jakaudu siististi kunnan ja hyvinvointialueen "
                    "tehtäviin.</p><p>Syyskuun verkostopäivään osallistui noin 150 "
                    "vanhusneuvostojen jäsentä ja sihteeriä eri puolilta maata. Webinaarissa "
                    "kuultiin esimerkkejä alueilta, joilla kuntien ja hyvinvointialueen "
                    "vanhusneuvostot kokoontuvat yhteisiin tapaamisiin kahdesti vuodessa. "
                    "Keskusteluissa nousi esiin myös huoli siitä, että lausuntopyynnöt tulevat "
                    "usein liian lyhyellä varoitusajalla.</p>"
                ),
            ),
            ("heading", "Hyviä käytäntöjä"),
            (
                "paragraph",
                (
                    "<ul><li>Kuntien vanhusneuvostoista valitaan edustaja hyvinvointialueen "
                    "vanhusneuvostoon.</li><li>Neuvostot laativat yhteisen vuosikellon, jossa "
                    "näkyvät tärkeimmät lausuntoajat.</li><li>Pöytäkirjat jaetaan neuvostojen "
                    "kesken.</li></ul><p>Osallistujat toivoivat, että verkostopäivästä tulee "
                    "vuosittainen tapahtuma. Tallenne ja esitysaineistot julkaistaan myöhemmin. "
                    "Monelle tilaisuus oli ensimmäinen mahdollisuus tavata muiden alueiden "
                    "neuvostojen jäseniä. Päivän lopuksi sovittiin alueittain seuraavista "
                    "yhteisistä tapaamisista.</p>"
                ),
            ),
        ],
        "keywords": ["ikäihmiset", "vaikuttamistoimielimet", "verkostot", "webinaari"],
    },
    {
        "slug": "jarjestopiste-sote-keskukseen",
        "title": "Sote-keskuksen aulaan avattiin järjestöpiste",
        "date": datetime.date(2023, 10, 4),
        "lead": (
            "Pohjois-Pohjanmaalla sote-keskuksen asiakkaat voivat nyt tutustua paikallisten "
            "järjestöjen toimintaan heti odotusaulassa."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pohjois-Pohjanmaan hyvinvointialueella kokeillaan syksyn ajan "
                    "järjestöpistettä, joka sijaitsee sote-keskuksen aulassa. Pisteessä "
                    "päivystävät arkipäivisin vuorotellen eri järjestöjen vapaaehtoiset ja "
                    "työntekijät. Kokeilussa on mukana 17 järjestöä, ja vuorolista julkaistaan "
                    "sote-keskuksen ilmoitustaululla ja verkossa.</p><p>Järjestöpisteestä saa "
                    "tietoa esimerkiksi vertaistukiryhmistä, omaishoitajien toiminnasta, "
                    "liikuntaryhmistä ja kohtaamispaikoista. Sote-keskuksen ammattilaiset voivat "
                    "myös ohjata asiakkaan suoraan pisteelle, jos hän hyötyisi järjestön "
                    "tarjoamasta tuesta. Pisteellä ei anneta terveysneuvontaa, vaan siellä "
                    "kerrotaan järjestöjen toiminnasta. Ensimmäisten viikkojen aikana pisteellä on "
                    "käynyt keskimäärin 15 asiakasta päivässä.</p>"
                ),
            ),
            ("heading", "Kokeilusta pysyvä käytäntö?"),
            (
                "paragraph",
                (
                    "<p>Kokeilu kestää vuoden loppuun. Sen aikana kerätään palautetta asiakkailta, "
                    "henkilöstöltä ja järjestöiltä. Sote-järjestöjen verkosto arvioi kokemuksia "
                    "tammikuussa, ja jos tulokset ovat hyviä, malli voidaan laajentaa muihin "
                    "sote-keskuksiin. Kiinnostuneet järjestöt voivat jo nyt ilmoittautua mukaan "
                    "päivystysvuoroihin. Moni asiakas ei tiedä, että lähellä kokoontuu "
                    "vertaisryhmä juuri hänen tilanteeseensa, ja piste tuo tämän tiedon "
                    "saataville. Palautetta pisteestä voi antaa paikan päällä olevalla "
                    "lomakkeella.</p>"
                ),
            ),
        ],
        "keywords": ["sote-keskus", "järjestöt", "Pohjois-Pohjanmaa", "sote-järjestöjen verkosto"],
    },
    {
        "slug": "webinaari-saamelaisasiakkaan-aani",
        "title": "Webinaari: saamelaisasiakkaan ääni sote-palveluissa",
        "date": datetime.date(2023, 10, 25),
        "lead": (
            "Marraskuun webinaarissa kuullaan, miten saamelaisasiakkaiden kokemuksia on koottu ja "
            "hyödynnetty palvelujen kehittämisessä Lapin hyvinvointialueella."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Lapin hyvinvointialue ja alueen osallisuusverkosto järjestävät webinaarin "
                    "saamelaisasiakkaiden osallisuudesta. Tilaisuudessa esitellään kokemuksia "
                    "ensimmäiseltä vuodelta, jonka aikana asiakaspalautetta on kerätty kolmella "
                    "saamen kielellä ja saamenkielinen asiakasraati on kokoontunut "
                    "kahdesti.</p><p>Ohjelmassa on puheenvuoroja saamenkielisiltä "
                    "kokemusasiantuntijoilta, kotihoidon työntekijöiltä ja Saamelaiskäräjien "
                    "edustajalta. Lopuksi keskustellaan siitä, miten kulttuurisesti turvallisia "
                    "käytäntöjä voitaisiin levittää koko hyvinvointialueelle. Webinaarin "
                    "tavoitteena on rohkaista työntekijöitä kysymään saamelaisasiakkailta, millä "
                    "kielellä ja millä tavoin he haluavat asioida. Lisäksi kuullaan, miten "
                    "palautteen pohjalta on jo muutettu käytäntöjä esimerkiksi kotihoidon käyntien "
                    "suunnittelussa.</p>"
                ),
            ),
            ("heading", "Käytännön tiedot"),
            (
                "paragraph",
                (
                    "<p>Webinaari pidetään 22.11.2023 kello 9–11. Puheenvuorot ovat suomeksi ja "
                    "pohjoissaameksi, ja tilaisuudessa on simultaanitulkkaus. Osallistuminen on "
                    "maksutonta, ja ilmoittautuneet saavat tallenteen jälkikäteen. Tilaisuus sopii "
                    "kaikille sote-alan ammattilaisille, järjestötoimijoille ja asiasta "
                    "kiinnostuneille. Kokemuksista koottu raportti julkaistaan webinaarin "
                    "yhteydessä. Kysymyksiä puhujille voi lähettää etukäteen myös saameksi.</p>"
                ),
            ),
        ],
        "keywords": ["saamelaiset", "webinaari", "Lappi", "asiakasosallisuus", "kokemustoiminta"],
    },
    {
        "slug": "pirkanmaan-osallisuuskyselyn-tulokset",
        "title": "Kysely: asukkaat haluavat vaikuttaa, mutta eivät tiedä miten",
        "date": datetime.date(2023, 11, 15),
        "lead": (
            "Pirkanmaan hyvinvointialueen asukaskyselyn mukaan valtaosa vastaajista haluaisi "
            "osallistua palvelujen kehittämiseen, mutta tietoa osallistumisen tavoista kaivataan "
            "lisää."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pirkanmaan hyvinvointialue selvitti syksyllä asukkaiden kokemuksia "
                    "osallisuudesta. Kyselyyn vastasi 2 317 asukasta, ja se oli avoinna sekä "
                    "verkossa että paperisena sote-keskuksissa ja kirjastoissa. Vastaajista noin "
                    "kolmannes oli yli 65-vuotiaita ja reilu kymmenesosa alle "
                    "25-vuotiaita.</p><p>Vastaajista 71 prosenttia kertoi olevansa kiinnostunut "
                    "vaikuttamaan hyvinvointialueen palveluihin. Vain vajaa viidennes kuitenkin "
                    "tiesi, millaisia osallistumisen tapoja alueella on tarjolla. Yleisimmin "
                    "toivottiin mahdollisuutta vastata lyhyisiin kyselyihin sekä osallistua "
                    "keskusteluihin omalla asuinalueella. Nuorimmat vastaajat toivoivat "
                    "mahdollisuutta vaikuttaa myös sosiaalisen median ja mobiilisovellusten "
                    "kautta.</p>"
                ),
            ),
            ("heading", "Tulosten pohjalta tehdään muutoksia"),
            (
                "paragraph",
                (
                    "<p>Hyvinvointialue aikoo koota osallistumismahdollisuudet yhdelle "
                    "verkkosivulle ja kertoa niistä myös sote-keskusten aulanäytöillä ja "
                    "paikallislehdissä. Lisäksi kuntien kanssa sovitaan yhteisistä "
                    "asukastilaisuuksista, jotta asukkaiden ei tarvitse tietää, kumman vastuulle "
                    "mikäkin asia kuuluu. Kysely on tarkoitus toistaa kahden vuoden kuluttua. "
                    "Osallisuuskoordinaattorin mukaan tulokset ovat sekä kannustus että muistutus: "
                    "kiinnostusta on, joten osallistumisesta on tehtävä helpompaa.</p>"
                ),
            ),
        ],
        "keywords": ["kyselyt", "osallisuus", "Pirkanmaa", "digitaalinen osallisuus"],
    },
    {
        "slug": "ensimmainen-vuosi-hyvinvointialueilla",
        "title": "Ensimmäinen vuosi hyvinvointialueilla – osallisuusverkostojen katsaus",
        "date": datetime.date(2023, 12, 13),
        "lead": (
            "Hyvinvointialueiden ensimmäinen toimintavuosi on lopuillaan. Kysyimme "
            "osallisuusverkostoilta, mikä on onnistunut ja mihin pitää tarttua ensi vuonna."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Vuosi sitten hyvinvointialueet aloittivat toimintansa, ja samalla "
                    "osallisuustyö siirtyi valmisteluvaiheesta arkeen. Pyysimme eri alueiden "
                    "osallisuusverkostoja arvioimaan ensimmäisen vuoden kokemuksia. Vastauksia "
                    "saatiin kahdeksalta verkostolta eri puolilta Suomea. Kokonaiskuvaa on vielä "
                    "vaikea arvioida, sillä moni rakenne käynnistyi vasta vuoden aikana.</p>"
                ),
            ),
            ("heading", "Onnistumisia"),
            (
                "paragraph",
                (
                    "<p>Verkostojen mukaan vaikuttamistoimielimet ovat päässeet hyvin vauhtiin, ja "
                    "monella alueella ne saavat asiat käsiteltäväkseen jo valmistelun "
                    "alkuvaiheessa. Kokemusasiantuntijoiden käyttö on lisääntynyt, ja järjestöjen "
                    "kanssa on sovittu yhteisistä käytännöistä esimerkiksi "
                    "järjestöneuvottelukuntien kautta. Myös digitaaliset osallistumisen kanavat "
                    "ovat monipuolistuneet.</p>"
                ),
            ),
            ("heading", "Kehitettävää"),
            (
                "paragraph",
                (
                    "<p>Haasteeksi nimettiin hyvinvointialueiden tiukka talous, joka on pakottanut "
                    "tekemään nopeita säästöpäätöksiä. Verkostot muistuttavat, että juuri "
                    "vaikeissa päätöksissä asukkaiden ja järjestöjen kuuleminen on tärkeää. "
                    "Lisäksi osallisuustyön resurssit vaihtelevat alueittain paljon, mikä asettaa "
                    "asukkaat eriarvoiseen asemaan. Ensi vuonna verkostot aikovat keskittyä "
                    "siihen, että osallistumisen tulokset näkyvät päätöksissä ja niistä kerrotaan "
                    "asukkaille.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "Seuraavaksi on näytettävä, että asukkaiden ääni muuttaa jotakin.",
                    "attribution": "osallisuusverkoston koordinaattori",
                },
            ),
        ],
        "keywords": ["osallisuus", "yhdenvertaisuus", "sote", "järjestöneuvottelukunta"],
    },
]


# The first seed announcement in Swedish and English (home/demo.py translates it after the
# archive), so that /sv/ and /en/ have an article of their own to read and to search.
ARTICLE_TRANSLATIONS: dict[str, dict[str, dict]] = {
    "lapin-osallisuusverkosto-jatkaa-vuonna-2022": {
        "sv": {
            "title": "Lapplands nätverk för delaktighet fortsätter också år 2022",
            "lead": (
                "Nätverket för delaktighet, som samlades i våras, har beslutat att fortsätta sitt "
                "gemensamma arbete nästa år. Nya medlemmar är välkomna fram till årsskiftet."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Delaktighet är en av tyngdpunkterna i Lapplands reformprojekt för "
                    "social- och hälsovården. Nätverket samlar personer som arbetar med och "
                    "utvecklar delaktighet i regionens alla sex ekonomiska regioner, "
                    "organisationer inräknade.</p>",
                ),
                ("heading", "Enhälligt beslut om fortsättningen"),
                (
                    "paragraph",
                    "<p>Medlemmarna har träffats på distans sex gånger och beslöt i oktober "
                    "enhälligt att arbetet fortsätter. Ett av resultaten är ett webbinarium om "
                    "klienternas delaktighet i Lappland.</p>",
                ),
            ],
        },
        "en": {
            "title": "The Lapland participation network continues its work in 2022",
            "lead": (
                "The participation network gathered last spring has decided to carry on "
                "working together next year. New members are welcome until the end of the year."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Participation is one of the priorities of Lapland's health and social "
                    "services reform project. The network brings together people who work on "
                    "and develop participation in all six sub-regions of Lapland, NGOs "
                    "included.</p>",
                ),
                ("heading", "A unanimous decision to continue"),
                (
                    "paragraph",
                    "<p>The members have met remotely six times and decided unanimously in "
                    "October that the work goes on. One of its results is a webinar on client "
                    "participation in Lapland.</p>",
                ),
            ],
        },
    },
}
