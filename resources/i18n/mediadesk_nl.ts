<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AddPersonDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="682" />
            <source>Add a person</source>
            <translation>Een persoon toevoegen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="685" />
            <source>Until a consent form is recorded for them, a new person blocks every photo and clip they are on.</source>
            <translation>Tot er een toestemmingsformulier voor deze persoon is vastgelegd, blokkeert een nieuwe persoon elke foto en clip waarop die staat.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="693" />
            <source>First and last name</source>
            <translation>Voor- en achternaam</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="695" />
            <source>Id in the school's admin system, or any unique id</source>
            <translation>Id in de leerlingadministratie, of een ander uniek id</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="700" />
            <source>Known</source>
            <translation>Bekend</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="711" />
            <source>Class, team or visiting school</source>
            <translation>Klas, team of bezoekende school</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="712" />
            <source>Publication ban (never publish this person)</source>
            <translation>Publicatieverbod (deze persoon nooit publiceren)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="716" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="717" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="718" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="719" />
            <source>Birth date</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="720" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="722" />
            <source>Guardian's name</source>
            <translation>Naam ouder/verzorger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="723" />
            <source>Guardian's e-mail</source>
            <translation>E-mail ouder/verzorger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="724" />
            <source>Guardian's phone</source>
            <translation>Telefoon ouder/verzorger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="731" />
            <source>Enter the person's name.</source>
            <translation>Vul de naam van de persoon in.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="734" />
            <source>Enter an id that no one else has.</source>
            <translation>Vul een id in dat niemand anders heeft.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../mediadesk/app.py" line="87" />
            <source>Preparing the demo library…</source>
            <translation>De demobibliotheek wordt klaargezet…</translation>
        </message>
    </context>
    <context>
        <name>AppState</name>
        <message>
            <location filename="../../mediadesk/gui/state.py" line="96" />
            <source>Something went wrong</source>
            <translation>Er ging iets mis</translation>
        </message>
    </context>
    <context>
        <name>AssetDelegate</name>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/grid.py" line="216" />
            <source>%n face(s) open</source>
            <translation>
                <numerusform>%n gezicht open</numerusform>
                <numerusform>%n gezichten open</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/grid.py" line="219" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="390" />
            <source>Person (ID)</source>
            <translation>Persoon (ID)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="391" />
            <source>External ID of a person, e.g. S1042</source>
            <translation>Externe ID van een persoon, bijv. S1042</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="394" />
            <source>Asset (ID or file)</source>
            <translation>Bestand (ID of bestand)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="395" />
            <source>Asset id (its first characters are enough) or the path of its file</source>
            <translation>Id van het bestand (de eerste tekens zijn genoeg) of het pad ernaartoe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="398" />
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="399" />
            <source>Start of the action name, e.g. consent or publication</source>
            <translation>Begin van de naam van de actie, bijv. consent of publication</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="401" />
            <source>any day</source>
            <translation>elke dag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="404" />
            <source>Apply</source>
            <translation>Toepassen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="405" />
            <source>Export CSV…</source>
            <translation>CSV exporteren…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="409" />
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="411" />
            <source>To</source>
            <translation>Tot</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="466" />
            <source>%1 entries</source>
            <translation>%1 regels</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="471" />
            <source>Export the audit log</source>
            <translation>Auditlog exporteren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="472" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>ClassesPage</name>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="177" />
            <source>Situation photos are deleted some weeks after their first publication (or after they were taken, when never published). Portraits are reviewed once the consent of someone on them ends. The archive keeps photos for good, with a reason. A photo follows its event's class.</source>
            <translation>Sfeerfoto's worden enkele weken na hun eerste publicatie verwijderd (of nadat ze gemaakt zijn, als ze nooit gepubliceerd werden). Portretten worden beoordeeld zodra de toestemming van iemand erop afloopt. Het archief bewaart foto's voorgoed, met een reden. Een foto volgt de klasse van zijn evenement.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="184" />
            <source>Event</source>
            <translation>Evenement</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="184" />
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="184" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="185" />
            <source>Photos and clips</source>
            <translation>Foto's en clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="202" />
            <source>Reason (needed for the archive)</source>
            <translation>Reden (nodig voor het archief)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="203" />
            <source>Set for the event</source>
            <translation>Instellen voor het evenement</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="209" />
            <source>Periods</source>
            <translation>Termijnen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="213" />
            <source> weeks</source>
            <translation> weken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="216" />
            <source>No class: kept, never listed</source>
            <translation>Geen klasse: bewaard, nooit in de lijst</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="217" />
            <source>Save the periods</source>
            <translation>Termijnen opslaan</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="219" />
            <source>Situation photos are kept</source>
            <translation>Sfeerfoto's worden bewaard</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="220" />
            <source>Class of photos whose event has none</source>
            <translation>Klasse van foto's waarvan het evenement er geen heeft</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="249" />
            <source>Retention class</source>
            <translation>Bewaarklasse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="249" />
            <source>Choose an event in the list first.</source>
            <translation>Kies eerst een evenement in de lijst.</translation>
        </message>
    </context>
    <context>
        <name>ConsentFormDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="762" />
            <source>New consent form for %1</source>
            <translation>Nieuw toestemmingsformulier voor %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="771" />
            <source>Name of the parent or guardian</source>
            <translation>Naam van de ouder of voogd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="804" />
            <source>default (end of the school year)</source>
            <translation>standaard (einde van het schooljaar)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="810" />
            <source>(no event)</source>
            <translation>(geen evenement)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="818" />
            <source>Allows automatic face matching (biometric data)</source>
            <translation>Staat automatische gezichtsherkenning toe (biometrische gegevens)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="823" />
            <source>e.g. v3 (2026)</source>
            <translation>bijv. v3 (2026)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="824" />
            <source>Drop the scan, photo or PDF of the form here</source>
            <translation>Sleep de scan, foto of pdf van het formulier hierheen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="827" />
            <source>Choose file…</source>
            <translation>Bestand kiezen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="829" />
            <source>Sign on the screen…</source>
            <translation>Op het scherm tekenen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="830" />
            <source>At a fair or an open house: the signer signs right here</source>
            <translation>Op een beurs of open dag: de ondertekenaar tekent hier</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="842" />
            <source>Signed by</source>
            <translation>Getekend door</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="843" />
            <source>Guardian</source>
            <translation>Voogd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="844" />
            <source>Channels</source>
            <translation>Kanalen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="845" />
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="846" />
            <source>Signed on</source>
            <translation>Getekend op</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="847" />
            <source>Valid from</source>
            <translation>Geldig vanaf</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="849" />
            <source>Event</source>
            <translation>Evenement</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/people.py" line="850" />
            <source>A guest's form ends on the last day of the event, or after %n day(s) when no event is chosen (see the settings).</source>
            <translation>
                <numerusform>Het formulier van een gast eindigt op de laatste dag van het evenement, of na %n dag als er geen evenement is gekozen (zie de instellingen).</numerusform>
                <numerusform>Het formulier van een gast eindigt op de laatste dag van het evenement, of na %n dagen als er geen evenement is gekozen (zie de instellingen).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="856" />
            <source>Valid until</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="858" />
            <source>Kind of form</source>
            <translation>Soort formulier</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="859" />
            <source>Text version</source>
            <translation>Tekstversie</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="860" />
            <source>Evidence</source>
            <translation>Bewijs</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="865" />
            <source>Evidence of the form</source>
            <translation>Bewijs van het formulier</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="866" />
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)</source>
            <translation>Scans en documenten (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="906" />
            <source>Tick the channels and media first: the pupil is told where the photos go.</source>
            <translation>Vink eerst de kanalen en media aan: de leerling krijgt te zien waar de foto's terechtkomen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="912" />
            <source>%1 has reached the age of consent (%2) and signs themselves.</source>
            <translation>%1 heeft de leeftijd voor zelf toestemming geven (%2) bereikt en tekent zelf.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="916" />
            <source>Enter the name of the parent or guardian who signs first.</source>
            <translation>Vul eerst de naam in van de ouder of voogd die tekent.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="919" />
            <source>%1 is under the age of consent (%2): a parent or guardian signs. Choose the parent or guardian and enter their name.</source>
            <translation>%1 is jonger dan de leeftijd voor zelf toestemming geven (%2): een ouder of voogd tekent. Kies de ouder of voogd en vul de naam in.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="975" />
            <source>Tick at least one channel.</source>
            <translation>Vink minstens één kanaal aan.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="978" />
            <source>Tick at least one kind of media.</source>
            <translation>Vink minstens één soort media aan.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="981" />
            <source>Enter the name of the parent or guardian who signed.</source>
            <translation>Vul de naam in van de ouder of voogd die tekende.</translation>
        </message>
    </context>
    <context>
        <name>CoverPanel</name>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="43" />
            <source>Their faces are filled solid in the exported file</source>
            <translation>Hun gezichten worden in het geëxporteerde bestand volledig afgedekt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="44" />
            <location filename="../../mediadesk/gui/cover.py" line="85" />
            <location filename="../../mediadesk/gui/cover.py" line="122" />
            <source>Preparing the preview…</source>
            <translation>Het voorbeeld wordt klaargemaakt…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="54" />
            <source>Move through the clip: the faces are covered in every frame of their track</source>
            <translation>Door de clip bewegen: de gezichten zijn in elk beeld van hun spoor afgedekt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/cover.py" line="82" />
            <source>Publish with %n face(s) covered</source>
            <translation>
                <numerusform>Publiceren met %n gezicht afgedekt</numerusform>
                <numerusform>Publiceren met %n gezichten afgedekt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="89" />
            <source>The plain clip stays blocked; only this covered copy may be published. Each face is filled in every frame of its track.</source>
            <translation>De gewone clip blijft geblokkeerd; alleen deze afgedekte kopie mag gepubliceerd worden. Elk gezicht wordt in elk beeld van zijn spoor afgedekt.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="99" />
            <source>The plain photo stays blocked; only this covered copy may be published.</source>
            <translation>De gewone foto blijft geblokkeerd; alleen deze afgedekte kopie mag gepubliceerd worden.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="151" />
            <source>No preview: %1</source>
            <translation>Geen voorbeeld: %1</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="65" />
            <source>For every channel:</source>
            <translation>Voor elk kanaal:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="164" />
            <source>Review</source>
            <translation>Beoordelen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="165" />
            <source>Open in the viewer to identify faces (Enter)</source>
            <translation>Openen in de viewer om gezichten te benoemen (Enter)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="166" />
            <location filename="../../mediadesk/gui/detail.py" line="244" />
            <source>People complete</source>
            <translation>Personen compleet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="167" />
            <source>Confirm that the list of people is complete (Ctrl+Return)</source>
            <translation>Bevestig dat de lijst met personen compleet is (Ctrl+Return)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="168" />
            <location filename="../../mediadesk/gui/detail.py" line="245" />
            <source>Block…</source>
            <translation>Blokkeren…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="169" />
            <source>Block this asset for every channel, with a reason (Ctrl+B)</source>
            <translation>Blokkeren voor elk kanaal, met een reden (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="178" />
            <source>Select a photo or clip to see whether it may be published.</source>
            <translation>Kies een foto of clip om te zien of die gepubliceerd mag worden.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="215" />
            <source>mono</source>
            <translation>mono</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="215" />
            <source>stereo</source>
            <translation>stereo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="216" />
            <source>%n channel(s)</source>
            <translation>
                <numerusform>%n kanaal</numerusform>
                <numerusform>%n kanalen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="241" />
            <source>offline: the file is not where it was</source>
            <translation>offline: het bestand staat niet meer waar het stond</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="244" />
            <source>People confirmed</source>
            <translation>Personen bevestigd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="245" />
            <source>Unblock</source>
            <translation>Deblokkeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="248" />
            <source>May it be published?</source>
            <translation>Mag het gepubliceerd worden?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="254" />
            <source>People on it</source>
            <translation>Personen erop</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="262" />
            <source>No one tagged yet. Listen to the recording (Review) and add every voice heard.</source>
            <translation>Nog niemand getagd. Luister naar de opname (Beoordelen) en voeg elke stem die te horen is toe.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="265" />
            <source>No one tagged yet.</source>
            <translation>Nog niemand getagd.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="269" />
            <source>%n face(s) found</source>
            <translation>
                <numerusform>%n gezicht gevonden</numerusform>
                <numerusform>%n gezichten gevonden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="270" />
            <source>%n still to identify</source>
            <translation>
                <numerusform>nog %n te benoemen</numerusform>
                <numerusform>nog %n te benoemen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="274" />
            <source>List confirmed complete by %1 on %2</source>
            <translation>Lijst als compleet bevestigd door %1 op %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="280" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="285" />
            <source>Taken</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="286" />
            <source>Imported</source>
            <translation>Geïmporteerd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="287" />
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="290" />
            <source>Dimensions</source>
            <translation>Afmetingen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="292" />
            <source>Length</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="294" />
            <source>Sound</source>
            <translation>Geluid</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="296" />
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="298" />
            <source>Metadata</source>
            <translation>Metadata</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="298" />
            <source>The file names people or marks faces: check who is on it</source>
            <translation>Het bestand noemt personen of markeert gezichten: controleer wie erop staat</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="300" />
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="300" />
            <source>A GPS position is in the file (exports leave it out)</source>
            <translation>Het bestand bevat een gps-positie (weggelaten bij export)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="301" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="303" />
            <source>Also at</source>
            <translation>Ook in</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="320" />
            <source>Legal basis</source>
            <translation>Grondslag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="323" />
            <source>recorded by %1 on %2</source>
            <translation>vastgelegd door %1 op %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="326" />
            <source>everyone on it must have consented</source>
            <translation>iedereen erop moet toestemming hebben gegeven</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="331" />
            <source>Legal basis…</source>
            <translation>Grondslag…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="334" />
            <source>A sound recording is published on consent only: voices are not situation photos</source>
            <translation>Een geluidsopname wordt alleen met toestemming gepubliceerd: stemmen zijn geen situatiefoto's</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="336" />
            <source>Publish a situation photo or clip on legitimate interest or public task, with a reason</source>
            <translation>Een situatiefoto of clip publiceren op grond van gerechtvaardigd belang of een publieke taak, met een reden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="357" />
            <source>Publish with faces covered</source>
            <translation>Publiceren met afgedekte gezichten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="360" />
            <source>Publish with %n face(s) covered</source>
            <translation>
                <numerusform>Publiceren met %n gezicht afgedekt</numerusform>
                <numerusform>Publiceren met %n gezichten afgedekt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="361" />
            <source>Export a copy with these faces filled solid; the plain photo stays blocked</source>
            <translation>Exporteer een kopie met deze gezichten volledig afgedekt; de gewone foto blijft geblokkeerd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="362" />
            <source>Export a copy with these faces filled solid in every frame; the plain clip stays blocked</source>
            <translation>Een kopie exporteren met deze gezichten in elk beeld volledig afgedekt; de gewone clip blijft geblokkeerd</translation>
        </message>
    </context>
    <context>
        <name>ExplanationPage</name>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="189" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="726" />
            <source>Exporting</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="726" />
            <source>Writing the cleared photos and clips…</source>
            <translation>De vrijgegeven foto's en clips worden weggeschreven…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="727" />
            <source>Stop after the current file; nothing half-written is left</source>
            <translation>Stoppen na het huidige bestand; er blijft niets half geschreven achter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="729" />
            <source>Export failed</source>
            <translation>Exporteren mislukt</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="560" />
            <source>Export for a channel</source>
            <translation>Exporteren voor een kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="567" />
            <source>The selected photos and clips (%1)</source>
            <translation>De gekozen foto's en clips (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="568" />
            <source>An event</source>
            <translation>Een evenement</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="569" />
            <source>Everything in the library</source>
            <translation>Alles in de bibliotheek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="590" />
            <source>Only what is cleared for the channel on this day is written</source>
            <translation>Alleen wat op deze dag voor het kanaal is vrijgegeven, wordt weggeschreven</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="591" />
            <source>Cover faces marked not identifiable</source>
            <translation>Gezichten die als niet herkenbaar zijn gemarkeerd afdekken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="592" />
            <source>A solid fill, which cannot be undone (unlike a blur)</source>
            <translation>Een effen vlak, dat niet terug te draaien is (anders dan vervagen)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="594" />
            <source>Choose a folder</source>
            <translation>Kies een map</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="595" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="600" />
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="601" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="602" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="603" />
            <source>Publish with the faces of people without consent covered</source>
            <translation>Publiceren met de gezichten van personen zonder toestemming afgedekt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="604" />
            <source>A photo or clip blocked only by people on it is written with their faces filled solid (in every frame of a clip); the publication records who was covered</source>
            <translation>Een foto of clip die alleen geblokkeerd is door personen erop, wordt geschreven met hun gezichten volledig afgedekt (in elk beeld van een clip); de publicatie legt vast wie is afgedekt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="605" />
            <source>Also cover faces nobody has identified</source>
            <translation>Ook gezichten afdekken die niemand heeft benoemd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="611" />
            <source>Save in</source>
            <translation>Opslaan in</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="623" />
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="651" />
            <source>Export to which folder?</source>
            <translation>Naar welke map exporteren?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="674" />
            <source>Choose a channel.</source>
            <translation>Kies een kanaal.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="677" />
            <source>Choose the folder to export to.</source>
            <translation>Kies de map om naar te exporteren.</translation>
        </message>
    </context>
    <context>
        <name>ExportReportDialog</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="686" />
            <source>Export report</source>
            <translation>Exportverslag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="689" />
            <source>Written: %1 · Not written: %2</source>
            <translation>Weggeschreven: %1 · Niet weggeschreven: %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="692" />
            <source>The export was cancelled.</source>
            <translation>De export is geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="698" />
            <location filename="../../mediadesk/gui/publishing.py" line="703" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="698" />
            <source>Written as</source>
            <translation>Weggeschreven als</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="698" />
            <source>Covered</source>
            <translation>Afgedekt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="703" />
            <source>Why not</source>
            <translation>Waarom niet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="706" />
            <source>Written</source>
            <translation>Weggeschreven</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="707" />
            <source>Not written</source>
            <translation>Niet weggeschreven</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="711" />
            <source>Folder: %1</source>
            <translation>Map: %1</translation>
        </message>
    </context>
    <context>
        <name>FaceCanvas</name>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="154" />
            <source>Drag a box around the face (Esc to stop)</source>
            <translation>Sleep een kader om het gezicht (Esc om te stoppen)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="160" />
            <source>%1?</source>
            <translation>%1?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="162" />
            <source>not identifiable</source>
            <translation>niet herkenbaar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="163" />
            <source>who is this?</source>
            <translation>wie is dit?</translation>
        </message>
    </context>
    <context>
        <name>FaceModeBox</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="49" />
            <source>Faces</source>
            <translation>Gezichten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="54" />
            <source>MediaDesk does not look for faces. Staff tag people and draw face boxes by hand.</source>
            <translation>MediaDesk zoekt niet naar gezichten. Medewerkers taggen personen en tekenen gezichtskaders met de hand.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="55" />
            <source>MediaDesk finds faces and draws a box around each one. Staff say who each face is; nothing is stored about what faces look like.</source>
            <translation>MediaDesk vindt gezichten en tekent er een kader omheen. Medewerkers geven aan wie elk gezicht is; er wordt niets opgeslagen over hoe gezichten eruitzien.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="56" />
            <source>MediaDesk also suggests who a face is, using reference photos of people who consented to face matching. This is biometric data, so it needs a data protection impact assessment (DPIA) first.</source>
            <translation>MediaDesk stelt ook voor wie een gezicht is, met referentiefoto's van mensen die toestemming gaven voor gezichtsherkenning. Dit zijn biometrische gegevens, dus eerst is een gegevensbeschermingseffectbeoordeling (DPIA) nodig.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="72" />
            <source>e.g. DPIA-2026-04</source>
            <translation>bijv. DPIA-2026-04</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="75" />
            <source>DPIA reference</source>
            <translation>DPIA-kenmerk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="76" />
            <source>DPIA date</source>
            <translation>DPIA-datum</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="102" />
            <source>Face matching needs the reference and date of your DPIA.</source>
            <translation>Gezichtsherkenning vraagt het kenmerk en de datum van uw DPIA.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="193" />
            <location filename="../../mediadesk/gui/mainwindow.py" line="221" />
            <source>Search file names…</source>
            <translation>Zoek in bestandsnamen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="208" />
            <source>Anyone</source>
            <translation>Iedereen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="213" />
            <source>Faces to identify</source>
            <translation>Open gezichten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="214" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="216" />
            <source>Save this filter in the sidebar</source>
            <translation>Dit filter bewaren in de zijbalk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="217" />
            <source>Clear</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="218" />
            <source>Show everything again</source>
            <translation>Alles weer tonen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="221" />
            <source>Event</source>
            <translation>Evenement</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="222" />
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="222" />
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="230" />
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="230" />
            <source>To</source>
            <translation>Tot</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="231" />
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="259" />
            <source>any day</source>
            <translation>elke dag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="271" />
            <source>All events</source>
            <translation>Alle evenementen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="275" />
            <source>Photos and clips</source>
            <translation>Foto's en clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="283" />
            <source>Any channel</source>
            <translation>Elk kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="287" />
            <source>Any verdict</source>
            <translation>Elk oordeel</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="93" />
            <source>MediaDesk: new library</source>
            <translation>MediaDesk: nieuwe bibliotheek</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="100" />
            <source>Importing</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="100" />
            <source>Reading photos and clips…</source>
            <translation>Foto's en clips worden gelezen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="101" />
            <source>Stop after the current file; what is done so far is kept</source>
            <translation>Stoppen na het huidige bestand; wat al klaar is, blijft bewaard</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="103" />
            <source>Import failed</source>
            <translation>Importeren mislukt</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="39" />
            <source>Import report</source>
            <translation>Importrapport</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="47" />
            <source>Imported (%n)</source>
            <translation>
                <numerusform>Geïmporteerd (%n)</numerusform>
                <numerusform>Geïmporteerd (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="48" />
            <source>Already known (%n)</source>
            <translation>
                <numerusform>Al bekend (%n)</numerusform>
                <numerusform>Al bekend (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="49" />
            <source>Re-linked (%n)</source>
            <translation>
                <numerusform>Opnieuw gekoppeld (%n)</numerusform>
                <numerusform>Opnieuw gekoppeld (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="50" />
            <source>Rejected (%n)</source>
            <translation>
                <numerusform>Geweigerd (%n)</numerusform>
                <numerusform>Geweigerd (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="61" />
            <source>%n new photo(s) or clip(s) imported.</source>
            <translation>
                <numerusform>%n nieuwe foto of clip geïmporteerd.</numerusform>
                <numerusform>%n nieuwe foto's of clips geïmporteerd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="63" />
            <source>%n file(s) could not be read.</source>
            <translation>
                <numerusform>%n bestand kon niet gelezen worden.</numerusform>
                <numerusform>%n bestanden konden niet gelezen worden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="65" />
            <source>The import was cancelled; what was read is kept.</source>
            <translation>Het importeren is geannuleerd; wat al gelezen was, blijft bewaard.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="71" />
            <location filename="../../mediadesk/gui/importing.py" line="72" />
            <location filename="../../mediadesk/gui/importing.py" line="73" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="71" />
            <source>Folder</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="72" />
            <source>Was at</source>
            <translation>Stond in</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="73" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="18" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="18" />
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="18" />
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="19" />
            <source>TikTok</source>
            <translation>TikTok</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="19" />
            <source>Print</source>
            <translation>Drukwerk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="19" />
            <source>Intranet</source>
            <translation>Intranet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="25" />
            <source>Cleared</source>
            <translation>Vrijgegeven</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="25" />
            <source>Needs review</source>
            <translation>Nog controleren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="25" />
            <source>Blocked</source>
            <translation>Geblokkeerd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="29" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="29" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="29" />
            <source>Audio</source>
            <translation>Geluid</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="33" />
            <source>Student</source>
            <translation>Leerling</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="33" />
            <source>Staff</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="33" />
            <source>Guest</source>
            <translation>Gast</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="38" />
            <source>Valid consent</source>
            <translation>Geldige toestemming</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="38" />
            <location filename="../../mediadesk/gui/labels.py" line="45" />
            <source>Expired</source>
            <translation>Verlopen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="38" />
            <location filename="../../mediadesk/gui/labels.py" line="45" />
            <source>Withdrawn</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="39" />
            <source>No consent</source>
            <translation>Geen toestemming</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="39" />
            <source>Publication ban</source>
            <translation>Publicatieverbod</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="45" />
            <source>In force</source>
            <translation>Van kracht</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="46" />
            <source>Not yet valid</source>
            <translation>Nog niet geldig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="46" />
            <source>Replaced by a newer form</source>
            <translation>Vervangen door een nieuwer formulier</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="51" />
            <source>The person themselves</source>
            <translation>De persoon zelf</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="51" />
            <source>Parent or guardian</source>
            <translation>Ouder of voogd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="55" />
            <source>Paper form</source>
            <translation>Papieren formulier</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="55" />
            <source>Digital form</source>
            <translation>Digitaal formulier</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="55" />
            <source>Signed on site</source>
            <translation>Ter plekke getekend</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="56" />
            <source>Imported</source>
            <translation>Geïmporteerd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="60" />
            <source>Not identified</source>
            <translation>Niet benoemd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="60" />
            <source>Suggestion</source>
            <translation>Suggestie</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="61" />
            <source>Confirmed</source>
            <translation>Bevestigd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="61" />
            <source>Not identifiable</source>
            <translation>Niet herkenbaar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="65" />
            <source>Off: tag people by hand</source>
            <translation>Uit: personen met de hand taggen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="65" />
            <source>Find faces</source>
            <translation>Gezichten vinden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="66" />
            <source>Find and suggest people</source>
            <translation>Gezichten vinden en personen voorstellen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="70" />
            <source>Denmark (15)</source>
            <translation>Denemarken (15)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="70" />
            <source>Netherlands (16)</source>
            <translation>Nederland (16)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="70" />
            <source>EU default (16)</source>
            <translation>EU-standaard (16)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="71" />
            <source>Custom</source>
            <translation>Aangepast</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="100" />
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="101" />
            <source>Legitimate interest</source>
            <translation>Gerechtvaardigd belang</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="102" />
            <source>Public task</source>
            <translation>Publieke taak</translation>
        </message>
    </context>
    <context>
        <name>LegalBasisDialog</name>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="39" />
            <source>Legal basis</source>
            <translation>Grondslag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="42" />
            <source>A photo or clip of a situation where no one is the focus may be published on a documented basis other than consent. A publication ban, an objection or a withdrawal still blocks it.</source>
            <translation>Een foto of clip van een situatie waarin niemand centraal staat mag op een vastgelegde andere grondslag dan toestemming gepubliceerd worden. Een publicatieverbod, een bezwaar of een intrekking blokkeert nog steeds.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="58" />
            <source>e.g. situation photo of the sports day, no one in focus</source>
            <translation>bijv. situatiefoto van de sportdag, niemand centraal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="60" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="410" />
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/mainwindow.py" line="421" />
            <source>%n photo(s) and clip(s)</source>
            <translation>
                <numerusform>%n foto of clip</numerusform>
                <numerusform>%n foto's en clips</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="425" />
            <source>Nothing matches this filter.</source>
            <translation>Niets voldoet aan dit filter.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="426" />
            <source>No photos or clips here yet. Drag photos, clips or folders onto this window, or use Import folder.</source>
            <translation>Hier staan nog geen foto's of clips. Sleep foto's, clips of mappen naar dit venster, of gebruik Map importeren.</translation>
        </message>
    </context>
    <context>
        <name>LogRequestDialog</name>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="57" />
            <source>Request or complaint of %1</source>
            <translation>Verzoek of klacht van %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="60" />
            <source>Logged for the data protection officer. The school answers within one month.</source>
            <translation>Vastgelegd voor de functionaris voor gegevensbescherming. De school antwoordt binnen een maand.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="72" />
            <source>What was asked, by whom, how it came in</source>
            <translation>Wat er gevraagd werd, door wie en hoe het binnenkwam</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="74" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="75" />
            <source>Received on</source>
            <translation>Ontvangen op</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="76" />
            <source>What was asked</source>
            <translation>Wat er gevraagd werd</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="450" />
            <source>MediaDesk</source>
            <translation>MediaDesk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="520" />
            <source>Import &amp;files…</source>
            <translation>&amp;Bestanden importeren…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="521" />
            <location filename="../../mediadesk/gui/mainwindow.py" line="916" />
            <source>Import photos and clips</source>
            <translation>Foto's en clips importeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="522" />
            <source>Import f&amp;older…</source>
            <translation>&amp;Map importeren…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="523" />
            <source>Import every photo and clip in a folder</source>
            <translation>Alle foto's en clips in een map importeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="524" />
            <source>&amp;Quick check…</source>
            <translation>&amp;Snelle controle…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="525" />
            <source>Check one photo or clip before posting</source>
            <translation>Eén foto of clip controleren voor het plaatsen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="526" />
            <source>&amp;Settings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="527" />
            <source>Profile, channels, face mode, language</source>
            <translation>Profiel, kanalen, gezichtsmodus, taal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="531" />
            <source>&amp;Requests and complaints…</source>
            <translation>&amp;Verzoeken en klachten…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="532" />
            <source>The requests and complaints about people's data, for the DPO</source>
            <translation>De verzoeken en klachten over persoonsgegevens, voor de FG</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="533" />
            <source>Yearly &amp;renewal…</source>
            <translation>Jaarlijkse &amp;vernieuwing…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="534" />
            <source>Whom to ask for consent again for a school year, forms, what came back</source>
            <translation>Wie opnieuw om toestemming gevraagd moet worden voor een schooljaar, formulieren, wat terugkwam</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="535" />
            <source>&amp;Due for deletion…</source>
            <translation>&amp;Te verwijderen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="536" />
            <source>Photos and clips whose retention period has passed, or to review</source>
            <translation>Foto's en clips waarvan de bewaartermijn voorbij is, of die bekeken moeten worden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="537" />
            <source>Import &amp;people list (CSV, Excel)…</source>
            <translation>&amp;Personenlijst importeren (CSV, Excel)…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="539" />
            <source>People from the school's admin system: id, name, role, birth date, group</source>
            <translation>Personen uit de leerlingadministratie: id, naam, rol, geboortedatum, groep</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="540" />
            <source>Import &amp;consent forms (CSV)…</source>
            <translation>&amp;Toestemmingsformulieren importeren (CSV)…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="542" />
            <source>Signed forms from the school's admin system or a form tool</source>
            <translation>Getekende formulieren uit de leerlingadministratie of een formulierentool</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="543" />
            <source>&amp;Merge a library…</source>
            <translation>Bibliotheek &amp;samenvoegen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="544" />
            <source>Bring a laptop's library (for example from a fair) into this one</source>
            <translation>Haal de bibliotheek van een laptop (bijvoorbeeld van een open dag) in deze</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="545" />
            <source>Look for &amp;faces not yet looked for</source>
            <translation>Zoek &amp;gezichten waar nog niet naar gezocht is</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="546" />
            <source>Photos and clips whose face scan was stopped or failed</source>
            <translation>Foto's en clips waarvan het zoeken naar gezichten werd gestopt of mislukte</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="547" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="548" />
            <source>&amp;Library</source>
            <translation>&amp;Bibliotheek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="549" />
            <source>&amp;People</source>
            <translation>&amp;Personen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="550" />
            <source>People and their consent</source>
            <translation>Personen en hun toestemming</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="551" />
            <source>&amp;Review in viewer</source>
            <translation>&amp;Beoordelen in viewer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="552" />
            <source>Open the selected asset to identify faces</source>
            <translation>Het gekozen item openen om gezichten te benoemen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="553" />
            <source>&amp;Next</source>
            <translation>&amp;Volgende</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="554" />
            <source>Next photo or clip</source>
            <translation>Volgende foto of clip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="555" />
            <source>Pre&amp;vious</source>
            <translation>V&amp;orige</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="556" />
            <source>Previous photo or clip</source>
            <translation>Vorige foto of clip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="557" />
            <source>&amp;Confirm people complete</source>
            <translation>Personen &amp;compleet bevestigen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="559" />
            <source>Everyone on it is tagged or marked not identifiable</source>
            <translation>Iedereen erop is getagd of als niet herkenbaar gemarkeerd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="560" />
            <source>&amp;Block with a reason…</source>
            <translation>&amp;Blokkeren met een reden…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="562" />
            <source>Block for every channel</source>
            <translation>Blokkeren voor elk kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="563" />
            <source>&amp;Export for a channel…</source>
            <translation>&amp;Exporteren voor een kanaal…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="564" />
            <source>Write the cleared photos and clips for one channel, without metadata</source>
            <translation>De vrijgegeven foto's en clips voor één kanaal wegschrijven, zonder metadata</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="565" />
            <source>P&amp;ublishing</source>
            <translation>P&amp;ubliceren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="566" />
            <source>Takedown list, publications, consent overview, audit log</source>
            <translation>Lijst om offline te halen, publicaties, toestemmingsoverzicht, auditlog</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="567" />
            <source>Back to the &amp;grid</source>
            <translation>Terug naar het &amp;overzicht</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="573" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="589" />
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="594" />
            <source>&amp;Review</source>
            <translation>&amp;Beoordelen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="608" />
            <source>Main</source>
            <translation>Hoofdwerkbalk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="626" />
            <source>Library: %1 · Age of consent %2 · Faces: %3</source>
            <translation>Bibliotheek: %1 · Toestemmingsleeftijd %2 · Gezichten: %3</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="668" />
            <source>Import people list</source>
            <translation>Personenlijst importeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="668" />
            <source>Import consent forms</source>
            <translation>Toestemmingsformulieren importeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="669" />
            <source>Exports (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Exports (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="670" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="678" />
            <source>%1 added, %2 updated, %3 unchanged.</source>
            <translation>%1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="680" />
            <source>%1 forms added, %4 withdrawals added, %3 unchanged.</source>
            <translation>%1 formulieren toegevoegd, %4 intrekkingen toegevoegd, %3 ongewijzigd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="690" />
            <source>Nothing was imported from this file:</source>
            <translation>Er is niets geïmporteerd uit dit bestand:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="717" />
            <source>an Excel workbook (.xlsx)</source>
            <translation>een Excel-werkmap (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="719" />
            <source>comma</source>
            <translation>komma</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="719" />
            <source>semicolon</source>
            <translation>puntkomma</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="719" />
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="720" />
            <source>%1 text, separated by %2</source>
            <translation>%1-tekst, gescheiden door %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="721" />
            <source>The file was read as %1.</source>
            <translation>Het bestand is gelezen als %1.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="723" />
            <source>Columns matched with: %1.</source>
            <translation>Kolommen gekoppeld met: %1.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="773" />
            <source>Save filter</source>
            <translation>Filter bewaren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="773" />
            <source>Name of this filter:</source>
            <translation>Naam van dit filter:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="827" />
            <source>Nobody tagged</source>
            <translation>Niemand getagd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="828" />
            <source>Nobody is tagged in this recording. Can no one at all be heard in it?

Every pupil whose voice is heard must be tagged: their consent for sound recordings is checked.</source>
            <translation>Niemand is getagd in deze opname. Is er helemaal niemand in te horen?

Elke leerling van wie de stem te horen is moet getagd worden: hun toestemming voor geluidsopnamen wordt gecontroleerd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="833" />
            <source>People list confirmed complete.</source>
            <translation>Lijst met personen als compleet bevestigd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="841" />
            <source>Unblock</source>
            <translation>Deblokkeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="841" />
            <source>Blocked because: %1

Unblock it?</source>
            <translation>Geblokkeerd omdat: %1

Blokkering opheffen?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="845" />
            <source>Block</source>
            <translation>Blokkeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="845" />
            <source>Why may this not be published?</source>
            <translation>Waarom mag dit niet gepubliceerd worden?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="917" />
            <source>Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)</source>
            <translation>Foto's, clips en opnamen (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="922" />
            <source>Import a folder</source>
            <translation>Een map importeren</translation>
        </message>
    </context>
    <context>
        <name>MergeWizard</name>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="181" />
            <source>Merge a library</source>
            <translation>Bibliotheek samenvoegen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="189" />
            <location filename="../../mediadesk/gui/merging.py" line="196" />
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="196" />
            <source>Merge</source>
            <translation>Samenvoegen</translation>
        </message>
    </context>
    <context>
        <name>ObjectionDialog</name>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="88" />
            <source>Record an objection</source>
            <translation>Bezwaar vastleggen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="91" />
            <source>%1 objects to being published. Every photo and clip with %1 on it is blocked from that day on, on every legal basis, until the objection is withdrawn.</source>
            <translation>%1 maakt bezwaar tegen publicatie. Elke foto en clip met %1 erop wordt vanaf die dag geblokkeerd, op elke grondslag, tot het bezwaar is ingetrokken.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="99" />
            <source>Objects from</source>
            <translation>Bezwaar vanaf</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="101" />
            <source>Every channel</source>
            <translation>Elk kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="110" />
            <source>Channels</source>
            <translation>Kanalen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="112" />
            <source>e.g. the parent wrote to the office</source>
            <translation>bijv. de ouder schreef naar de administratie</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="114" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="135" />
            <source>Tick at least one channel, or every channel.</source>
            <translation>Vink minstens één kanaal aan, of elk kanaal.</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="309" />
            <source> days</source>
            <translation> dagen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="310" />
            <source>Look ahead this many days for forms that end and pupils who come of age</source>
            <translation>Zoveel dagen vooruitkijken naar formulieren die aflopen en leerlingen die de toestemmingsleeftijd bereiken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="311" />
            <source>Save as CSV…</source>
            <translation>Opslaan als CSV…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="312" />
            <source>Save as PDF…</source>
            <translation>Opslaan als pdf…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="313" />
            <source>Look ahead</source>
            <translation>Vooruitkijken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Valid</source>
            <translation>Geldig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Ending soon</source>
            <translation>Loopt binnenkort af</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="319" />
            <source>No consent</source>
            <translation>Geen toestemming</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="349" />
            <source>No group</source>
            <translation>Geen groep</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="357" />
            <source>Reach the age of consent soon (ask them themselves from then on): %1</source>
            <translation>Bereiken binnenkort de toestemmingsleeftijd (vraag het hun dan zelf): %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="358" />
            <source>Nobody reaches the age of consent in this period.</source>
            <translation>Niemand bereikt de toestemmingsleeftijd in deze periode.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="367" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="367" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="368" />
            <source>Save the consent overview</source>
            <translation>Toestemmingsoverzicht opslaan</translation>
        </message>
    </context>
    <context>
        <name>PeopleMappingDialog</name>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="89" />
            <source>Import people list: match the columns</source>
            <translation>Personenlijst importeren: kolommen koppelen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="100" />
            <source>Admin system</source>
            <translation>Administratiesysteem</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="102" />
            <source>Choose the columns below</source>
            <translation>Kies de kolommen hieronder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="106" />
            <source>Saved: %1</source>
            <translation>Bewaard: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="121" />
            <source>(not in the file)</source>
            <translation>(niet in het bestand)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="137" />
            <source>automatic (YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY)</source>
            <translation>automatisch (JJJJ-MM-DD, DD-MM-JJJJ of DD.MM.JJJJ)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="143" />
            <source>Save this mapping as</source>
            <translation>Deze koppeling bewaren als</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="145" />
            <source>e.g. Magister, our school</source>
            <translation>bijv. Magister, onze school</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="150" />
            <source>Birth date format</source>
            <translation>Notatie van de geboortedatum</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="151" />
            <source>Role when no column gives it</source>
            <translation>Rol als geen kolom die geeft</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="156" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="177" />
            <source>Pupil or staff number</source>
            <translation>Leerling- of personeelsnummer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="178" />
            <source>Full name</source>
            <translation>Volledige naam</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="179" />
            <source>First name</source>
            <translation>Roepnaam</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="180" />
            <source>Surname prefix</source>
            <translation>Tussenvoegsel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="181" />
            <source>Surname</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="182" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="183" />
            <source>Birth date</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="184" />
            <source>Class or group</source>
            <translation>Klas of groep</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="185" />
            <source>Publication ban</source>
            <translation>Publicatieverbod</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="186" />
            <source>Guardian's name</source>
            <translation>Naam ouder/verzorger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="187" />
            <source>Guardian's e-mail</source>
            <translation>E-mail ouder/verzorger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="188" />
            <source>Guardian's phone</source>
            <translation>Telefoon ouder/verzorger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="194" />
            <source>Read as an Excel workbook (.xlsx).</source>
            <translation>Gelezen als Excel-werkmap (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="196" />
            <source>comma</source>
            <translation>komma</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="196" />
            <source>semicolon</source>
            <translation>puntkomma</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="196" />
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="197" />
            <source>Read as %1 text, separated by %2.</source>
            <translation>Gelezen als %1-tekst, gescheiden door %2.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="198" />
            <source>%1 — %2 The first rows:</source>
            <translation>%1 — %2 De eerste rijen:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="242" />
            <source>Enter a name for the saved mapping.</source>
            <translation>Vul een naam in voor de bewaarde koppeling.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Assets</source>
            <translation>Items</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="159" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="162" />
            <source>Search name, group or id…</source>
            <translation>Zoek naam, groep of id…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="189" />
            <source>Add person…</source>
            <translation>Persoon toevoegen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="190" />
            <source>Add a person by hand, e.g. a visiting pupil</source>
            <translation>Voeg handmatig een persoon toe, bijv. een bezoekende leerling</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="223" />
            <source>Any consent state</source>
            <translation>Elke toestemmingsstatus</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="227" />
            <source>Every group</source>
            <translation>Elke groep</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="343" />
            <source>Add consent form…</source>
            <translation>Formulier toevoegen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="345" />
            <source>Withdraw consent…</source>
            <translation>Toestemming intrekken…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="347" />
            <source>Withdraw every form of this person at once</source>
            <translation>Alle formulieren van deze persoon in één keer intrekken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="348" />
            <source>Publication ban</source>
            <translation>Publicatieverbod</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="349" />
            <source>Never publish this person, whatever any form says (protected identity, custody order)</source>
            <translation>Deze persoon nooit publiceren, wat een formulier ook zegt (beschermde identiteit, gezagsbeslissing)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="350" />
            <source>Enrol reference faces…</source>
            <translation>Referentiegezichten vastleggen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="351" />
            <source>Report for parent (PDF)…</source>
            <translation>Verslag voor ouder (pdf)…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="352" />
            <source>Everything stored about this person: forms, photos and clips, publications</source>
            <translation>Alles wat over deze persoon is opgeslagen: formulieren, foto's en clips, publicaties</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="353" />
            <source>Log a request or complaint…</source>
            <translation>Verzoek of klacht vastleggen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="354" />
            <source>For the data protection officer: access, erasure, objection, complaint</source>
            <translation>Voor de functionaris voor gegevensbescherming: inzage, verwijdering, bezwaar, klacht</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="355" />
            <source>Erase personal data…</source>
            <translation>Persoonsgegevens wissen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="356" />
            <source>Right to be forgotten: remove this person's name, tags and face data</source>
            <translation>Recht op vergetelheid: naam, tags en gezichtsgegevens van deze persoon verwijderen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="374" />
            <source>Objections</source>
            <translation>Bezwaren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="379" />
            <source>Record an objection…</source>
            <translation>Bezwaar vastleggen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="380" />
            <source>The person objects to being published: blocks them on every legal basis</source>
            <translation>De persoon maakt bezwaar tegen publicatie: blokkeert hen op elke grondslag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="390" />
            <source>Photos and clips</source>
            <translation>Foto's en clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="391" />
            <source>Choose a person on the left.</source>
            <translation>Kies links een persoon.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="400" />
            <source>Consent history</source>
            <translation>Toestemmingsgeschiedenis</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="443" />
            <source>born %1</source>
            <translation>geboren %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="446" />
            <source>Guardian: %1</source>
            <translation>Ouder/verzorger: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="453" />
            <source>for %1</source>
            <translation>voor %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="462" />
            <source>No consent form recorded. Until one is, this person blocks every asset they are on.</source>
            <translation>Geen toestemmingsformulier vastgelegd. Tot er een is, blokkeert deze persoon alles waar die op staat.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="472" />
            <source>Reference faces can only be enrolled when face matching is switched on in the settings.</source>
            <translation>Referentiegezichten kunnen alleen worden vastgelegd als gezichtsherkenning in de instellingen aanstaat.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="474" />
            <source>Reference faces need a consent form in force that allows face matching.</source>
            <translation>Referentiegezichten vragen een geldig toestemmingsformulier dat gezichtsherkenning toestaat.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="479" />
            <source>Photos and clips (%1)</source>
            <translation>Foto's en clips (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="487" />
            <source>No objection in force.</source>
            <translation>Geen bezwaar van kracht.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="492" />
            <source>every channel</source>
            <translation>elk kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="493" />
            <source>From %1, %2</source>
            <translation>Vanaf %1, %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="496" />
            <source>(recorded by %1)</source>
            <translation>(vastgelegd door %1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="501" />
            <location filename="../../mediadesk/gui/people.py" line="524" />
            <source>Withdraw objection</source>
            <translation>Bezwaar intrekken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="502" />
            <source>The person no longer objects: from today the usual rules apply again</source>
            <translation>De persoon maakt geen bezwaar meer: vanaf vandaag gelden de gewone regels weer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="525" />
            <source>Does %1 no longer object to being published? From today the usual rules apply to them again.</source>
            <translation>Maakt %1 geen bezwaar meer tegen publicatie? Vanaf vandaag gelden de gewone regels weer.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="570" />
            <source>Lift publication ban</source>
            <translation>Publicatieverbod opheffen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="571" />
            <source>Why may %1 be published again? (recorded in the audit log)</source>
            <translation>Waarom mag %1 weer gepubliceerd worden? (vastgelegd in het logboek)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="587" />
            <source>Choose photos of %1's face</source>
            <translation>Kies foto's van het gezicht van %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="588" />
            <source>Photos (*.jpg *.jpeg *.png *.heic)</source>
            <translation>Foto's (*.jpg *.jpeg *.png *.heic)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="594" />
            <source>Reference faces</source>
            <translation>Referentiegezichten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/people.py" line="595" />
            <source>%n reference photo(s) enrolled.</source>
            <translation>
                <numerusform>%n referentiefoto vastgelegd.</numerusform>
                <numerusform>%n referentiefoto's vastgelegd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="605" />
            <source>Save the report for %1</source>
            <translation>Verslag voor %1 opslaan</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="606" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="641" />
            <source>Erase personal data</source>
            <translation>Persoonsgegevens wissen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="642" />
            <source>Erase %1 (%2)? Their name, tags, face data and suggestions are removed for good. Every photo and clip they are on must be reviewed again. Their consent forms are kept for the dispute period only. This cannot be undone.</source>
            <translation>%1 (%2) wissen? Naam, tags, gezichtsgegevens en suggesties worden definitief verwijderd. Alle foto's en clips waarop deze persoon staat, moeten opnieuw beoordeeld worden. De toestemmingsformulieren worden alleen tijdens de bezwaartermijn bewaard. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="652" />
            <source>Personal data erased</source>
            <translation>Persoonsgegevens gewist</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/people.py" line="653" />
            <source>%n photo(s) or clip(s) must be reviewed again.</source>
            <translation>
                <numerusform>%n foto of clip moet opnieuw beoordeeld worden.</numerusform>
                <numerusform>%n foto's of clips moeten opnieuw beoordeeld worden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="215" />
            <source>Who is this?</source>
            <translation>Wie is dit?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="220" />
            <source>Looks like %1</source>
            <translation>Lijkt op %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="222" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="223" />
            <source>Accept the suggestion (A)</source>
            <translation>Suggestie accepteren (A)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="224" />
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="225" />
            <source>Reject the suggestion (R)</source>
            <translation>Suggestie afwijzen (R)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="232" />
            <source>Type a name or group…</source>
            <translation>Typ een naam of groep…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="239" />
            <source>Not identifiable</source>
            <translation>Niet herkenbaar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="240" />
            <source>Back of a head, blurred, far away (N)</source>
            <translation>Achterhoofd, onscherp, ver weg (N)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="242" />
            <source>New person…</source>
            <translation>Nieuwe persoon…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="243" />
            <source>Someone who is not in the list yet, e.g. a visiting pupil</source>
            <translation>Iemand die nog niet in de lijst staat, bijv. een bezoekende leerling</translation>
        </message>
    </context>
    <context>
        <name>ProfileBox</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="117" />
            <source>years</source>
            <translation>jaar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="120" />
            <source>Below this age a parent or guardian signs the consent form.</source>
            <translation>Onder deze leeftijd tekent een ouder of voogd het toestemmingsformulier.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="123" />
            <source>Country rules</source>
            <translation>Regels van het land</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="124" />
            <source>Age of consent</source>
            <translation>Toestemmingsleeftijd</translation>
        </message>
    </context>
    <context>
        <name>ProgressJob</name>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="109" />
            <source>Stopping…</source>
            <translation>Bezig met stoppen…</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="42" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="56" />
            <source>%1 of %2</source>
            <translation>%1 van %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="56" />
            <source>frame %1 of %2</source>
            <translation>beeld %1 van %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="60" />
            <source>Looking for faces…</source>
            <translation>Gezichten zoeken…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="62" />
            <source>Covering faces in every frame…</source>
            <translation>Gezichten worden in elk beeld afgedekt…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="63" />
            <source>Stopping…</source>
            <translation>Bezig met stoppen…</translation>
        </message>
    </context>
    <context>
        <name>PublicationsView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="192" />
            <location filename="../../mediadesk/gui/publishing.py" line="194" />
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="193" />
            <source>Show undone records</source>
            <translation>Ongedaan gemaakte registraties tonen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>Published on</source>
            <translation>Gepubliceerd op</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="199" />
            <source>Recorded by</source>
            <translation>Vastgelegd door</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="199" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="199" />
            <source>Covered</source>
            <translation>Afgedekt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="201" />
            <source>Record publication…</source>
            <translation>Publicatie vastleggen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="202" />
            <source>Record by hand that the photo or clip selected in the library was published on the chosen channel</source>
            <translation>Met de hand vastleggen dat de in de bibliotheek gekozen foto of clip op het gekozen kanaal is gepubliceerd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="203" />
            <source>Undo record…</source>
            <translation>Registratie ongedaan maken…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="204" />
            <source>The record was a mistake: keep it, marked undone, with a reason</source>
            <translation>De registratie was een vergissing: bewaren, gemarkeerd als ongedaan, met een reden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="224" />
            <source>Any channel</source>
            <translation>Elk kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="237" />
            <source>Undone: %1</source>
            <translation>Ongedaan: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="239" />
            <source>Taken down on %1</source>
            <translation>Offline gehaald op %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="240" />
            <source>Published</source>
            <translation>Gepubliceerd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="262" />
            <location filename="../../mediadesk/gui/publishing.py" line="265" />
            <source>Record publication</source>
            <translation>Publicatie vastleggen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="263" />
            <source>Select the photo or clip in the library and choose the channel above, then record it.</source>
            <translation>Kies de foto of clip in de bibliotheek en het kanaal hierboven, en leg het dan vast.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="266" />
            <source>Where was it published? (web address or a note)</source>
            <translation>Waar is het gepubliceerd? (webadres of een notitie)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="284" />
            <source>Undo publication record</source>
            <translation>Registratie van publicatie ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="285" />
            <source>Why was this record a mistake?</source>
            <translation>Waarom was deze registratie een vergissing?</translation>
        </message>
    </context>
    <context>
        <name>Publishing</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="546" />
            <source>unidentified face</source>
            <translation>onbekend gezicht</translation>
        </message>
    </context>
    <context>
        <name>PublishingPage</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="499" />
            <source>Takedown</source>
            <translation>Offline halen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="500" />
            <source>Publications</source>
            <translation>Publicaties</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="501" />
            <source>Consent overview</source>
            <translation>Toestemmingen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="502" />
            <source>Audit log</source>
            <translation>Auditlog</translation>
        </message>
    </context>
    <context>
        <name>QuickCheck</name>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="104" />
            <source>OK to post</source>
            <translation>Mag geplaatst worden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="105" />
            <source>Check first</source>
            <translation>Eerst controleren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="106" />
            <source>Do not post</source>
            <translation>Niet plaatsen</translation>
        </message>
    </context>
    <context>
        <name>QuickCheckPage</name>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="76" />
            <source>Quick check</source>
            <translation>Snelle controle</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="78" />
            <source>About to post a photo or clip? Drop it here and see at once where it may go.</source>
            <translation>Wil je een foto of clip plaatsen? Sleep hem hierheen en zie meteen waar hij gebruikt mag worden.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="81" />
            <source>Drop one photo or clip here</source>
            <translation>Sleep één foto of clip hierheen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="83" />
            <source>Choose a file…</source>
            <translation>Kies een bestand…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="92" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="93" />
            <source>Stop the check; the file stays in the library, to be checked later</source>
            <translation>Stop de controle; het bestand blijft in de bibliotheek en kan later worden gecontroleerd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="120" />
            <source>Choose a photo or clip</source>
            <translation>Kies een foto of clip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="121" />
            <source>Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)</source>
            <translation>Foto's, clips en opnamen (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="127" />
            <source>Checking %1…</source>
            <translation>%1 wordt gecontroleerd…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="150" />
            <source>Looking for faces in %1: second %2 of %3…</source>
            <translation>Gezichten zoeken in %1: seconde %2 van %3…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="153" />
            <source>Looking for faces in %1…</source>
            <translation>Gezichten zoeken in %1…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="164" />
            <source>Stopping…</source>
            <translation>Bezig met stoppen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="170" />
            <source>Check stopped. %1 is not checked; drop it again to check it.</source>
            <translation>Controle gestopt. %1 is niet gecontroleerd; sleep het opnieuw hierheen om het te controleren.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="173" />
            <source>This file cannot be checked: %1</source>
            <translation>Dit bestand kan niet gecontroleerd worden: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="205" />
            <source>Review faces and people</source>
            <translation>Gezichten en personen beoordelen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="227" />
            <source>Good to go: you may post this on every channel.</source>
            <translation>In orde: je mag dit op elk kanaal plaatsen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="229" />
            <source>Do not post this anywhere.</source>
            <translation>Plaats dit nergens.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="231" />
            <source>Not yet: someone must check the people on it first.</source>
            <translation>Nog niet: iemand moet eerst de personen erop controleren.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="232" />
            <source>Only post this where it says “OK to post”.</source>
            <translation>Plaats dit alleen waar “Mag geplaatst worden” staat.</translation>
        </message>
    </context>
    <context>
        <name>RenewalDialog</name>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="52" />
            <location filename="../../mediadesk/gui/renewal.py" line="259" />
            <source>Yearly renewal</source>
            <translation>Jaarlijkse vernieuwing</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="57" />
            <source>School year</source>
            <translation>Schooljaar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="63" />
            <source>The school year to ask for, like 2027/28</source>
            <translation>Het schooljaar waarvoor gevraagd wordt, bijv. 2027/28</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="65" />
            <source>Show</source>
            <translation>Tonen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>Pupil</source>
            <translation>Leerling</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>School ID</source>
            <translation>Leerlingnummer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>Why ask</source>
            <translation>Waarom vragen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>Signs</source>
            <translation>Tekent</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="78" />
            <location filename="../../mediadesk/gui/renewal.py" line="104" />
            <source>Form back</source>
            <translation>Formulier terug</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="90" />
            <source>Per class</source>
            <translation>Per klas</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>To ask now</source>
            <translation>Nu te vragen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>Asked in the round</source>
            <translation>Gevraagd in de ronde</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>Forms back</source>
            <translation>Formulieren terug</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="94" />
            <source>Return rate</source>
            <translation>Responspercentage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="101" />
            <source>Start round</source>
            <translation>Ronde starten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="102" />
            <source>Record each pupil listed as asked; again later, it adds the pupils listed since</source>
            <translation>Elke leerling op de lijst als gevraagd vastleggen; later opnieuw voegt het de sindsdien bijgekomen leerlingen toe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="105" />
            <source>Mark the forms of the chosen pupils as returned</source>
            <translation>De formulieren van de gekozen leerlingen als terug markeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="107" />
            <source>Not back</source>
            <translation>Niet terug</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="108" />
            <source>Mark the forms of the chosen pupils as not returned</source>
            <translation>De formulieren van de gekozen leerlingen als niet terug markeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="110" />
            <source>Print forms…</source>
            <translation>Formulieren afdrukken…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="111" />
            <source>A PDF consent form for each pupil whose form is not back yet</source>
            <translation>Een toestemmingsformulier als pdf voor elke leerling van wie het formulier nog niet terug is</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="113" />
            <source>Mail merge file…</source>
            <translation>Bestand voor samenvoegen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="114" />
            <source>A CSV file for the school's own mail system</source>
            <translation>Een CSV-bestand voor het eigen mailsysteem van de school</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="165" />
            <source>the pupil</source>
            <translation>de leerling</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="165" />
            <source>parent or guardian</source>
            <translation>ouder of verzorger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="168" />
            <location filename="../../mediadesk/gui/renewal.py" line="182" />
            <location filename="../../mediadesk/gui/renewal.py" line="210" />
            <source>(no class)</source>
            <translation>(geen klas)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="183" />
            <source>asked in the round; a form that counts is recorded</source>
            <translation>gevraagd in de ronde; een geldig formulier is vastgelegd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="198" />
            <source>not asked yet</source>
            <translation>nog niet gevraagd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="199" />
            <source>back %1</source>
            <translation>terug %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="199" />
            <source>not back</source>
            <translation>niet terug</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="220" />
            <source>Forms ending by %1 · %2 to ask · %3 withdrawn (not asked again automatically)</source>
            <translation>Formulieren die aflopen uiterlijk %1 · %2 te vragen · %3 ingetrokken (worden niet vanzelf opnieuw gevraagd)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="224" />
            <source>the round has not started</source>
            <translation>de ronde is niet gestart</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="227" />
            <source>round: %1 of %2 forms back (%3)</source>
            <translation>ronde: %1 van %2 formulieren terug (%3)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="249" />
            <source>Round %1: %2 pupil(s) asked now, %3 asked before.</source>
            <translation>Ronde %1: %2 leerling(en) nu gevraagd, %3 eerder gevraagd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="259" />
            <source>Choose pupils in the list first.</source>
            <translation>Kies eerst leerlingen in de lijst.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="282" />
            <source>Folder for the forms</source>
            <translation>Map voor de formulieren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="287" />
            <source>%1 form(s) written to %2</source>
            <translation>%1 formulier(en) geschreven naar %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="291" />
            <source>Mail merge file</source>
            <translation>Bestand voor samenvoegen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="292" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="297" />
            <source>%1 row(s) written to %2</source>
            <translation>%1 rij(en) geschreven naar %2</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="36" />
            <source>Access to the data</source>
            <translation>Inzage in de gegevens</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="37" />
            <source>Erasure</source>
            <translation>Verwijdering</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="38" />
            <source>Objection</source>
            <translation>Bezwaar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="39" />
            <source>Complaint</source>
            <translation>Klacht</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="40" />
            <source>Other</source>
            <translation>Overig</translation>
        </message>
    </context>
    <context>
        <name>RequestsDialog</name>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="95" />
            <source>Requests and complaints</source>
            <translation>Verzoeken en klachten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="99" />
            <source>Only open ones</source>
            <translation>Alleen open</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="104" />
            <source>Close request…</source>
            <translation>Verzoek afsluiten…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Answer by</source>
            <translation>Antwoord uiterlijk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="111" />
            <source>What was asked</source>
            <translation>Wat er gevraagd werd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="111" />
            <source>Handling</source>
            <translation>Afhandeling</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="136" />
            <source>(erased)</source>
            <translation>(verwijderd)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="137" />
            <source>closed %1</source>
            <translation>afgesloten %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="138" />
            <source>overdue</source>
            <translation>te laat</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="138" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="146" />
            <source>No open requests.</source>
            <translation>Geen open verzoeken.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="147" />
            <source>No requests logged.</source>
            <translation>Geen verzoeken vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="157" />
            <location filename="../../mediadesk/gui/requests.py" line="159" />
            <source>Close request</source>
            <translation>Verzoek afsluiten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="157" />
            <source>Choose a request in the list first.</source>
            <translation>Kies eerst een verzoek in de lijst.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="159" />
            <source>How was it handled?</source>
            <translation>Hoe is het afgehandeld?</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="162" />
            <source>Situation photos</source>
            <translation>Sfeerfoto's</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="163" />
            <source>Portraits</source>
            <translation>Portretten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="164" />
            <source>Archive</source>
            <translation>Archief</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="165" />
            <source>None (the library's default)</source>
            <translation>Geen (standaard van de bibliotheek)</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="55" />
            <source>Due for deletion</source>
            <translation>Te verwijderen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="61" />
            <source>Due</source>
            <translation>Te doen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="64" />
            <source>Photos and clips whose retention period has passed (delete) or that need a look (review). Deleting removes the library's copies, thumbnails, faces and tags; the audit entry and the publication records stay. Your own files outside the library are never deleted.</source>
            <translation>Foto's en clips waarvan de bewaartermijn voorbij is (verwijderen) of die bekeken moeten worden (beoordelen). Verwijderen haalt de kopieën, miniaturen, gezichten en tags uit de bibliotheek; de regel in het logboek en de publicatieregistraties blijven. Je eigen bestanden buiten de bibliotheek worden nooit verwijderd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="71" />
            <source>Due on</source>
            <translation>Te doen op</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="77" />
            <source>Delete selected…</source>
            <translation>Geselecteerde verwijderen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>To do</source>
            <translation>Te doen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>Event</source>
            <translation>Evenement</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="98" />
            <source>Classes and periods</source>
            <translation>Klassen en termijnen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="105" />
            <source>delete</source>
            <translation>verwijderen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="105" />
            <source>review</source>
            <translation>beoordelen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="121" />
            <source>Nothing is due for deletion or review on this day.</source>
            <translation>Op deze dag hoeft niets verwijderd of beoordeeld te worden.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="132" />
            <location filename="../../mediadesk/gui/retention.py" line="134" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="132" />
            <source>Choose the photos and clips to delete in the list first.</source>
            <translation>Kies eerst in de lijst de foto's en clips die verwijderd moeten worden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/retention.py" line="135" />
            <source>Delete %n photo(s) or clip(s) from the library? This cannot be undone. Files outside the library are not deleted.</source>
            <translation>
                <numerusform>%n foto of clip uit de bibliotheek verwijderen? Dit kan niet ongedaan gemaakt worden. Bestanden buiten de bibliotheek worden niet verwijderd.</numerusform>
                <numerusform>%n foto's of clips uit de bibliotheek verwijderen? Dit kan niet ongedaan gemaakt worden. Bestanden buiten de bibliotheek worden niet verwijderd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="145" />
            <source>Not deleted</source>
            <translation>Niet verwijderd</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/retention.py" line="151" />
            <source>%n photo(s) or clip(s) deleted from the library.</source>
            <translation>
                <numerusform>%n foto of clip uit de bibliotheek verwijderd.</numerusform>
                <numerusform>%n foto's of clips uit de bibliotheek verwijderd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="153" />
            <source>You still have these originals and copies outside the library; they were not deleted:</source>
            <translation>Je hebt deze originelen en kopieën buiten de bibliotheek nog; ze zijn niet verwijderd:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="155" />
            <source>Deleted</source>
            <translation>Verwijderd</translation>
        </message>
    </context>
    <context>
        <name>ScanController</name>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="124" />
            <location filename="../../mediadesk/gui/importing.py" line="146" />
            <source>Looking for faces</source>
            <translation>Gezichten zoeken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="124" />
            <source>Looking for faces…</source>
            <translation>Gezichten zoeken…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="125" />
            <source>Stop after the current file; what is done so far is kept</source>
            <translation>Stoppen na het huidige bestand; wat al klaar is, blijft bewaard</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="127" />
            <source>Looking for faces failed</source>
            <translation>Gezichten zoeken is mislukt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="142" />
            <source>Looked for faces in %n photo(s) or clip(s).</source>
            <translation>
                <numerusform>Gezichten gezocht in %n foto of clip.</numerusform>
                <numerusform>Gezichten gezocht in %n foto's en clips.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="144" />
            <source>%n could not be read and still need(s) review.</source>
            <translation>
                <numerusform>%n kon niet worden gelezen en moet nog worden gecontroleerd.</numerusform>
                <numerusform>%n konden niet worden gelezen en moeten nog worden gecontroleerd.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SchoolBox</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="151" />
            <source>The school is the data controller. Its name, address and the contact of its data protection officer (DPO) are printed on the report a person gets when they ask what is held about them.</source>
            <translation>De school is de verwerkingsverantwoordelijke. Haar naam, adres en de contactgegevens van de functionaris voor gegevensbescherming (FG) staan op het overzicht dat iemand krijgt als die vraagt wat er over hem of haar wordt bewaard.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="160" />
            <source>e.g. Skovbrynet Skole</source>
            <translation>bijv. De Regenboog</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="161" />
            <source>Name of the data protection officer</source>
            <translation>Naam van de functionaris voor gegevensbescherming</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="162" />
            <source>e.g. dpo@school.dk</source>
            <translation>bijv. fg@school.nl</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="163" />
            <source>e.g. +45 86 12 34 56</source>
            <translation>bijv. +31 30 123 45 67</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="170" />
            <source>Street, postcode and town</source>
            <translation>Straat, postcode en plaats</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="176" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="178" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="185" />
            <source>School name</source>
            <translation>Naam van de school</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="186" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="187" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="188" />
            <source>DPO name</source>
            <translation>Naam FG</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="189" />
            <source>DPO e-mail</source>
            <translation>E-mail FG</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="190" />
            <source>DPO phone</source>
            <translation>Telefoon FG</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="196" />
            <source>Logo of the school</source>
            <translation>Logo van de school</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="196" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="205" />
            <source>(no logo)</source>
            <translation>(geen logo)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="221" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="231" />
            <source>until the end of the school year (31 July)</source>
            <translation>tot het einde van het schooljaar (31 juli)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="232" />
            <source>months</source>
            <translation>maanden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="240" />
            <source>day(s)</source>
            <translation>dag(en)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="241" />
            <source>When no event is chosen; counting the day it is signed</source>
            <translation>Als er geen evenement is gekozen; de dag van ondertekening telt mee</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="244" />
            <source>A new form is valid</source>
            <translation>Een nieuw formulier geldt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="244" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="245" />
            <source>A guest's form (fair) runs</source>
            <translation>Formulier van een gast (open dag) geldt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="247" />
            <source>Allow a documented legal basis other than consent for situation photos</source>
            <translation>Een vastgelegde andere grondslag dan toestemming toestaan voor situatiefoto's</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="249" />
            <source>Staff may then publish a photo or clip where no one is the focus on legitimate interest or public task, with a reason; a ban, objection or withdrawal still blocks it.</source>
            <translation>Medewerkers kunnen dan een foto of clip waarop niemand centraal staat publiceren op grond van gerechtvaardigd belang of een publieke taak, met een reden; een verbod, bezwaar of intrekking blokkeert nog steeds.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="257" />
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="261" />
            <source>Where the school publishes. Rename a channel by editing its name; untick it to hide it. Exports are written at the size and JPEG quality set here.</source>
            <translation>Waar de school publiceert. Wijzig de naam van een kanaal door hem te bewerken; vink uit om het te verbergen. Exports krijgen het formaat en de JPEG-kwaliteit die hier staan.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="267" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="267" />
            <source>Name shown</source>
            <translation>Getoonde naam</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="267" />
            <source>Shown</source>
            <translation>Zichtbaar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="268" />
            <source>Export size</source>
            <translation>Exportformaat</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="268" />
            <source>Quality</source>
            <translation>Kwaliteit</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="280" />
            <source>Add channel…</source>
            <translation>Kanaal toevoegen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="286" />
            <source>Channels</source>
            <translation>Kanalen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="289" />
            <source>School and DPO</source>
            <translation>School en FG</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="296" />
            <source>Faces</source>
            <translation>Gezichten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="317" />
            <source>full size</source>
            <translation>volledig formaat</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="321" />
            <source>Longest side of exported photos and clips</source>
            <translation>Langste zijde van geëxporteerde foto's en clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="326" />
            <source>JPEG quality of exported photos (1-100)</source>
            <translation>JPEG-kwaliteit van geëxporteerde foto's (1-100)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="331" />
            <source>Add channel</source>
            <translation>Kanaal toevoegen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="331" />
            <source>Name of the new channel (e.g. LinkedIn):</source>
            <translation>Naam van het nieuwe kanaal (bijv. LinkedIn):</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="392" />
            <source>Switch off face matching</source>
            <translation>Gezichtsherkenning uitzetten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="393" />
            <source>Every stored reference face will be deleted. Continue?</source>
            <translation>Alle opgeslagen referentiegezichten worden verwijderd. Doorgaan?</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="108" />
            <source>Library</source>
            <translation>Bibliotheek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="109" />
            <source>All photos and clips</source>
            <translation>Alle foto's en clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="110" />
            <source>Faces to identify</source>
            <translation>Open gezichten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="111" />
            <source>Offline files</source>
            <translation>Offline bestanden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="112" />
            <source>Quick check</source>
            <translation>Snelle controle</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="113" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="114" />
            <source>All people</source>
            <translation>Alle personen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="115" />
            <source>Events</source>
            <translation>Evenementen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="118" />
            <source>Publishing</source>
            <translation>Publiceren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="119" />
            <source>Takedown</source>
            <translation>Offline halen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="120" />
            <source>Published photos and clips that must be taken down</source>
            <translation>Gepubliceerde foto's en clips die offline moeten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="121" />
            <source>Publications</source>
            <translation>Publicaties</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="122" />
            <source>Consent overview</source>
            <translation>Toestemmingen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="123" />
            <source>Audit log</source>
            <translation>Auditlog</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="125" />
            <source>Saved filters</source>
            <translation>Bewaarde filters</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="129" />
            <source>None yet</source>
            <translation>Nog geen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="130" />
            <source>Set up a filter above the grid and save it with the bookmark button</source>
            <translation>Stel boven het overzicht een filter in en bewaar het met de bladwijzerknop</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="232" />
            <source>Sign on the screen</source>
            <translation>Op het scherm tekenen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="246" />
            <source>%1 signs the consent form for %2.</source>
            <translation>%1 tekent het toestemmingsformulier voor %2.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="250" />
            <source>Sign in the white field with the mouse, a finger or a pen.</source>
            <translation>Teken in het witte vlak met de muis, een vinger of een pen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="258" />
            <source>Start again</source>
            <translation>Opnieuw beginnen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="280" />
            <source>Signed on the screen by %1 for %2, %3</source>
            <translation>Op het scherm getekend door %1 voor %2, %3</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="291" />
            <source>Nothing is signed yet.</source>
            <translation>Er is nog niet getekend.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="297" />
            <source>The signature could not be saved.</source>
            <translation>De handtekening kon niet worden opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>TakedownView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="124" />
            <source>Published photos and clips that now show someone without valid consent for that channel. Take them down, then mark them here.</source>
            <translation>Gepubliceerde foto's en clips waarop nu iemand staat zonder geldige toestemming voor dat kanaal. Haal ze offline en markeer ze dan hier.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>Published on</source>
            <translation>Gepubliceerd op</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="128" />
            <source>Who and why</source>
            <translation>Wie en waarom</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="129" />
            <source>Mark as taken down</source>
            <translation>Markeren als offline gehaald</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="131" />
            <source>Record that the selected publication has been removed</source>
            <translation>Vastleggen dat de gekozen publicatie is verwijderd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="132" />
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
    </context>
    <context>
        <name>TimelineEntry</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="277" />
            <source>Form signed %1</source>
            <translation>Formulier getekend %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="287" />
            <source>Signed by</source>
            <translation>Getekend door</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="288" />
            <source>Channels</source>
            <translation>Kanalen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="289" />
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="290" />
            <source>Valid</source>
            <translation>Geldig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="291" />
            <source>Face matching</source>
            <translation>Gezichtsherkenning</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="291" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="291" />
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="292" />
            <source>Form</source>
            <translation>Formulier</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="296" />
            <source>Evidence</source>
            <translation>Bewijs</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="296" />
            <source>Open the signed form (%1)</source>
            <translation>Getekend formulier openen (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="298" />
            <source>no reason given</source>
            <translation>geen reden opgegeven</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="299" />
            <source>Withdrawn</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="299" />
            <source>%1 by %2: %3</source>
            <translation>%1 door %2: %3</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="301" />
            <source>Recorded</source>
            <translation>Vastgelegd</translation>
        </message>
    </context>
    <context>
        <name>ViewerPage</name>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="305" />
            <source>Back (Esc)</source>
            <translation>Terug (Esc)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="309" />
            <source>Previous (Left)</source>
            <translation>Vorige (Links)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="313" />
            <source>Next (Right)</source>
            <translation>Volgende (Rechts)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="323" />
            <source>Show covered</source>
            <translation>Afgedekt tonen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="341" />
            <source>Play or pause (Space)</source>
            <translation>Afspelen of pauzeren (Spatie)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="347" />
            <source>Playback needs Qt Multimedia, which this computer does not have.</source>
            <translation>Afspelen vraagt Qt Multimedia, dat deze computer niet heeft.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="367" />
            <source>Faces</source>
            <translation>Gezichten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="376" />
            <source>People on it</source>
            <translation>Personen erop</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="379" />
            <source>Add a person by hand…</source>
            <translation>Persoon met de hand toevoegen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="382" />
            <source>May it be published?</source>
            <translation>Mag het gepubliceerd worden?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="418" />
            <source>&amp;Who is this?…</source>
            <translation>&amp;Wie is dit?…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="419" />
            <source>Say who the selected face is</source>
            <translation>Geef aan wie het gekozen gezicht is</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="420" />
            <source>&amp;Accept suggestion</source>
            <translation>Suggestie &amp;accepteren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="421" />
            <source>Confirm the suggested person</source>
            <translation>De voorgestelde persoon bevestigen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="422" />
            <source>Re&amp;ject suggestion</source>
            <translation>Suggestie a&amp;fwijzen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="423" />
            <source>This is not the suggested person</source>
            <translation>Dit is niet de voorgestelde persoon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="424" />
            <source>&amp;Not identifiable</source>
            <translation>&amp;Niet herkenbaar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="425" />
            <source>The selected face cannot be recognised</source>
            <translation>Het gekozen gezicht is niet te herkennen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="426" />
            <source>&amp;Draw a face box</source>
            <translation>Gezichtskader &amp;tekenen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="427" />
            <source>Draw a box around a face that was missed</source>
            <translation>Teken een kader om een gemist gezicht</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="428" />
            <source>Next &amp;face</source>
            <translation>Volgend &amp;gezicht</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="429" />
            <source>Select the next face still to identify</source>
            <translation>Het volgende nog te benoemen gezicht kiezen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="430" />
            <source>&amp;Play / pause</source>
            <translation>&amp;Afspelen / pauzeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="430" />
            <source>Play or pause the clip</source>
            <translation>De clip afspelen of pauzeren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="462" />
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="486" />
            <source>Show the copy for %1 as it is exported: %2</source>
            <translation>De kopie voor %1 tonen zoals die wordt geëxporteerd: %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="573" />
            <source>The file cannot be shown (offline or unreadable).</source>
            <translation>Het bestand kan niet getoond worden (offline of onleesbaar).</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="585" />
            <source>Face %1</source>
            <translation>Gezicht %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="591" />
            <source>looks like %1</source>
            <translation>lijkt op %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="601" />
            <source>A sound recording has no faces: listen to it and add every voice heard with “Add a person by hand…”.</source>
            <translation>Een geluidsopname heeft geen gezichten: luister ernaar en voeg elke stem die te horen is toe met “Persoon met de hand toevoegen…”.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="605" />
            <source>No faces found. Draw a box (D) if someone was missed.</source>
            <translation>Geen gezichten gevonden. Teken een kader (D) als iemand gemist is.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="614" />
            <source>Remove %1 from this asset</source>
            <translation>%1 hier weghalen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="619" />
            <source>No one yet.</source>
            <translation>Nog niemand.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="990" />
            <source>Withdraw consent</source>
            <translation>Toestemming intrekken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="993" />
            <source>Every consent form of %1 will be withdrawn. Photos and clips with %1 on them are blocked from that day on.</source>
            <translation>Alle toestemmingsformulieren van %1 worden ingetrokken. Foto's en clips met %1 erop zijn vanaf die dag geblokkeerd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1000" />
            <source>e.g. parent phoned the office</source>
            <translation>bijv. ouder belde de administratie</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1002" />
            <source>Withdrawn from</source>
            <translation>Ingetrokken vanaf</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1003" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1006" />
            <source>Withdraw</source>
            <translation>Intrekken</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalResultDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1026" />
            <source>Consent withdrawn</source>
            <translation>Toestemming ingetrokken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1045" />
            <source>Consent of %1 withdrawn from %2.</source>
            <translation>Toestemming van %1 ingetrokken vanaf %2.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1050" />
            <source>Must come down now (%1)</source>
            <translation>Moet nu offline (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1053" />
            <source>place not recorded</source>
            <translation>plaats niet vastgelegd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1054" />
            <source>%1 on %2, published %3: %4</source>
            <translation>%1 op %2, gepubliceerd %3: %4</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1059" />
            <source>Nothing recorded as published: nothing to take down.</source>
            <translation>Niets als gepubliceerd vastgelegd: er hoeft niets offline.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1062" />
            <source>Now blocked (%1)</source>
            <translation>Nu geblokkeerd (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1070" />
            <source>%1 is on no photo or clip yet.</source>
            <translation>%1 staat nog op geen foto of clip.</translation>
        </message>
    </context>
    <context>
        <name>_FacesPage</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="74" />
            <source>Faces</source>
            <translation>Gezichten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="75" />
            <source>You can change this later in the settings.</source>
            <translation>Je kunt dit later in de instellingen wijzigen.</translation>
        </message>
    </context>
    <context>
        <name>_LocationPage</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="28" />
            <source>Welcome to MediaDesk</source>
            <translation>Welkom bij MediaDesk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="29" />
            <source>MediaDesk checks every photo and clip against the consent forms of the people on it, before anything is published.</source>
            <translation>MediaDesk controleert elke foto en clip aan de toestemmingsformulieren van de mensen erop, voordat er iets gepubliceerd wordt.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="31" />
            <source>Where should the library be kept? It holds people, consent forms and what is known about each photo; the photos themselves stay where they are.</source>
            <translation>Waar moet de bibliotheek staan? Die bevat personen, toestemmingsformulieren en wat over elke foto bekend is; de foto's zelf blijven waar ze staan.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="34" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="51" />
            <source>Library file</source>
            <translation>Bibliotheekbestand</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="51" />
            <source>MediaDesk library (*.sqlite)</source>
            <translation>MediaDesk-bibliotheek (*.sqlite)</translation>
        </message>
    </context>
    <context>
        <name>_PickPage</name>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="55" />
            <source>Bring a laptop's library into this one</source>
            <translation>De bibliotheek van een laptop in deze halen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="56" />
            <source>People, consent forms, withdrawals, photos, faces and tags made on another computer, for example at a fair, are added to this library.</source>
            <translation>Personen, toestemmingsformulieren, intrekkingen, foto's, gezichten en tags van een andere computer, bijvoorbeeld van een open dag, worden aan deze bibliotheek toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="58" />
            <source>The other library (its .sqlite file) or a bundle (.zip):</source>
            <translation>De andere bibliotheek (het .sqlite-bestand) of een bundel (.zip):</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="60" />
            <location filename="../../mediadesk/gui/merging.py" line="68" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="66" />
            <source>Put the bundle's photos and clips in this folder (optional):</source>
            <translation>Zet de foto's en clips uit de bundel in deze map (optioneel):</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="75" />
            <source>The other library is only read. Nothing is stored before you confirm.</source>
            <translation>De andere bibliotheek wordt alleen gelezen. Er wordt niets opgeslagen voordat je bevestigt.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="92" />
            <source>The other library</source>
            <translation>De andere bibliotheek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="93" />
            <source>MediaDesk libraries and bundles (*.sqlite *.db *.zip *.mdbundle);;All files (*)</source>
            <translation>MediaDesk-bibliotheken en -bundels (*.sqlite *.db *.zip *.mdbundle);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="98" />
            <source>Folder for the photos and clips</source>
            <translation>Map voor de foto's en clips</translation>
        </message>
    </context>
    <context>
        <name>_RulesPage</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="59" />
            <source>Country rules and language</source>
            <translation>Regels van het land en taal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="60" />
            <source>The age from which pupils sign for themselves depends on the country.</source>
            <translation>De leeftijd vanaf wanneer leerlingen zelf tekenen, hangt af van het land.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="66" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
    </context>
    <context>
        <name>_RunPage</name>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="110" />
            <source>What the merge would do</source>
            <translation>Wat het samenvoegen zou doen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="111" />
            <source>Nothing has been stored yet. Check the list, then merge.</source>
            <translation>Er is nog niets opgeslagen. Controleer de lijst en voeg dan samen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="113" />
            <source>Merging</source>
            <translation>Bezig met samenvoegen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="114" />
            <source>All or nothing: if it stops, this library stays as it was.</source>
            <translation>Alles of niets: als het stopt, blijft deze bibliotheek zoals ze was.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="151" />
            <source>Nothing can be merged until these conflicts are corrected in one of the two libraries.</source>
            <translation>Er kan niets worden samengevoegd voordat deze conflicten in een van de twee bibliotheken zijn opgelost.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="153" />
            <source>This library already holds everything of the other one.</source>
            <translation>Deze bibliotheek bevat al alles van de andere.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="155" />
            <source>Merged.</source>
            <translation>Samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="155" />
            <source>Nothing to merge.</source>
            <translation>Niets om samen te voegen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="163" />
            <source>Stopped; nothing was stored.</source>
            <translation>Gestopt; er is niets opgeslagen.</translation>
        </message>
    </context>
</TS>