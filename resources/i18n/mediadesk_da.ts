<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
    <context>
        <name>AddPersonDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="682" />
            <source>Add a person</source>
            <translation>Tilføj en person</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="685" />
            <source>Until a consent form is recorded for them, a new person blocks every photo and clip they are on.</source>
            <translation>Indtil der er registreret en samtykkeblanket for personen, blokerer en ny person alle fotos og klip, personen er på.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="693" />
            <source>First and last name</source>
            <translation>For- og efternavn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="695" />
            <source>Id in the school's admin system, or any unique id</source>
            <translation>Id i skolens administrative system eller et andet entydigt id</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="700" />
            <source>Known</source>
            <translation>Kendt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="711" />
            <source>Class, team or visiting school</source>
            <translation>Klasse, hold eller besøgende skole</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="712" />
            <source>Publication ban (never publish this person)</source>
            <translation>Offentliggørelsesforbud (offentliggør aldrig denne person)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="716" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="717" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="718" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="719" />
            <source>Birth date</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="720" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="722" />
            <source>Guardian's name</source>
            <translation>Forælders/værges navn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="723" />
            <source>Guardian's e-mail</source>
            <translation>Forælders/værges e-mail</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="724" />
            <source>Guardian's phone</source>
            <translation>Forælders/værges telefon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="731" />
            <source>Enter the person's name.</source>
            <translation>Skriv personens navn.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="734" />
            <source>Enter an id that no one else has.</source>
            <translation>Skriv et id, som ingen andre har.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../mediadesk/app.py" line="87" />
            <source>Preparing the demo library…</source>
            <translation>Demobiblioteket gøres klar…</translation>
        </message>
    </context>
    <context>
        <name>AppState</name>
        <message>
            <location filename="../../mediadesk/gui/state.py" line="96" />
            <source>Something went wrong</source>
            <translation>Noget gik galt</translation>
        </message>
    </context>
    <context>
        <name>AssetDelegate</name>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/grid.py" line="216" />
            <source>%n face(s) open</source>
            <translation>
                <numerusform>%n ansigt åbent</numerusform>
                <numerusform>%n ansigter åbne</numerusform>
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
            <translation>Person (ID)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="391" />
            <source>External ID of a person, e.g. S1042</source>
            <translation>En persons eksterne ID, fx S1042</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="394" />
            <source>Asset (ID or file)</source>
            <translation>Fil (ID eller fil)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="395" />
            <source>Asset id (its first characters are enough) or the path of its file</source>
            <translation>Filens id (de første tegn er nok) eller stien til filen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="398" />
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="399" />
            <source>Start of the action name, e.g. consent or publication</source>
            <translation>Begyndelsen af handlingens navn, fx consent eller publication</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="401" />
            <source>any day</source>
            <translation>enhver dag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="404" />
            <source>Apply</source>
            <translation>Anvend</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="405" />
            <source>Export CSV…</source>
            <translation>Eksportér CSV…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="409" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="411" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="466" />
            <source>%1 entries</source>
            <translation>%1 poster</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="471" />
            <source>Export the audit log</source>
            <translation>Eksportér revisionsloggen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="472" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>ClassesPage</name>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="177" />
            <source>Situation photos are deleted some weeks after their first publication (or after they were taken, when never published). Portraits are reviewed once the consent of someone on them ends. The archive keeps photos for good, with a reason. A photo follows its event's class.</source>
            <translation>Situationsbilleder slettes nogle uger efter deres første offentliggørelse (eller efter de blev taget, hvis de aldrig blev offentliggjort). Portrætter gennemses, når samtykket fra en person på dem ophører. Arkivet gemmer fotos for altid, med en begrundelse. Et foto følger sin begivenheds klasse.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="184" />
            <source>Event</source>
            <translation>Begivenhed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="184" />
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="184" />
            <source>Reason</source>
            <translation>Begrundelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="185" />
            <source>Photos and clips</source>
            <translation>Fotos og klip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="202" />
            <source>Reason (needed for the archive)</source>
            <translation>Begrundelse (kræves for arkivet)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="203" />
            <source>Set for the event</source>
            <translation>Angiv for begivenheden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="209" />
            <source>Periods</source>
            <translation>Perioder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="213" />
            <source> weeks</source>
            <translation> uger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="216" />
            <source>No class: kept, never listed</source>
            <translation>Ingen klasse: gemmes, vises aldrig på listen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="217" />
            <source>Save the periods</source>
            <translation>Gem perioderne</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="219" />
            <source>Situation photos are kept</source>
            <translation>Situationsbilleder gemmes</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="220" />
            <source>Class of photos whose event has none</source>
            <translation>Klasse for fotos, hvis begivenhed ingen har</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="249" />
            <source>Retention class</source>
            <translation>Opbevaringsklasse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="249" />
            <source>Choose an event in the list first.</source>
            <translation>Vælg først en begivenhed på listen.</translation>
        </message>
    </context>
    <context>
        <name>ConsentFormDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="762" />
            <source>New consent form for %1</source>
            <translation>Ny samtykkeblanket for %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="771" />
            <source>Name of the parent or guardian</source>
            <translation>Forælderens eller værgens navn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="804" />
            <source>default (end of the school year)</source>
            <translation>standard (skoleårets slutning)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="810" />
            <source>(no event)</source>
            <translation>(ingen begivenhed)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="818" />
            <source>Allows automatic face matching (biometric data)</source>
            <translation>Tillader automatisk ansigtsgenkendelse (biometriske data)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="823" />
            <source>e.g. v3 (2026)</source>
            <translation>fx v3 (2026)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="824" />
            <source>Drop the scan, photo or PDF of the form here</source>
            <translation>Slip scanningen, fotoet eller PDF'en af blanketten her</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="827" />
            <source>Choose file…</source>
            <translation>Vælg fil…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="829" />
            <source>Sign on the screen…</source>
            <translation>Underskriv på skærmen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="830" />
            <source>At a fair or an open house: the signer signs right here</source>
            <translation>På en messe eller et åbent hus: underskriveren skriver under lige her</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="842" />
            <source>Signed by</source>
            <translation>Underskrevet af</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="843" />
            <source>Guardian</source>
            <translation>Værge</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="844" />
            <source>Channels</source>
            <translation>Kanaler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="845" />
            <source>Media</source>
            <translation>Medier</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="846" />
            <source>Signed on</source>
            <translation>Underskrevet den</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="847" />
            <source>Valid from</source>
            <translation>Gyldig fra</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="849" />
            <source>Event</source>
            <translation>Begivenhed</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/people.py" line="850" />
            <source>A guest's form ends on the last day of the event, or after %n day(s) when no event is chosen (see the settings).</source>
            <translation>
                <numerusform>En gæsts blanket udløber på begivenhedens sidste dag eller efter %n dag, når der ikke er valgt en begivenhed (se indstillingerne).</numerusform>
                <numerusform>En gæsts blanket udløber på begivenhedens sidste dag eller efter %n dage, når der ikke er valgt en begivenhed (se indstillingerne).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="856" />
            <source>Valid until</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="858" />
            <source>Kind of form</source>
            <translation>Type blanket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="859" />
            <source>Text version</source>
            <translation>Tekstversion</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="860" />
            <source>Evidence</source>
            <translation>Dokumentation</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="865" />
            <source>Evidence of the form</source>
            <translation>Dokumentation for blanketten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="866" />
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)</source>
            <translation>Scanninger og dokumenter (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="906" />
            <source>Tick the channels and media first: the pupil is told where the photos go.</source>
            <translation>Sæt først flueben ved kanaler og medier: eleven får at vide, hvor billederne kommer hen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="912" />
            <source>%1 has reached the age of consent (%2) and signs themselves.</source>
            <translation>%1 har nået samtykkealderen (%2) og skriver selv under.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="916" />
            <source>Enter the name of the parent or guardian who signs first.</source>
            <translation>Skriv først navnet på den forælder eller værge, der underskriver.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="919" />
            <source>%1 is under the age of consent (%2): a parent or guardian signs. Choose the parent or guardian and enter their name.</source>
            <translation>%1 er under samtykkealderen (%2): en forælder eller værge skriver under. Vælg forælder/værge, og skriv navnet.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="975" />
            <source>Tick at least one channel.</source>
            <translation>Sæt flueben ved mindst én kanal.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="978" />
            <source>Tick at least one kind of media.</source>
            <translation>Sæt flueben ved mindst én medietype.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="981" />
            <source>Enter the name of the parent or guardian who signed.</source>
            <translation>Skriv navnet på den forælder eller værge, der underskrev.</translation>
        </message>
    </context>
    <context>
        <name>CoverPanel</name>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="43" />
            <source>Their faces are filled solid in the exported file</source>
            <translation>Deres ansigter dækkes helt til i den eksporterede fil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="44" />
            <location filename="../../mediadesk/gui/cover.py" line="85" />
            <location filename="../../mediadesk/gui/cover.py" line="122" />
            <source>Preparing the preview…</source>
            <translation>Forhåndsvisningen gøres klar…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="54" />
            <source>Move through the clip: the faces are covered in every frame of their track</source>
            <translation>Gå gennem klippet: ansigterne er tildækket i hvert billede af deres spor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/cover.py" line="82" />
            <source>Publish with %n face(s) covered</source>
            <translation>
                <numerusform>Offentliggør med %n ansigt tildækket</numerusform>
                <numerusform>Offentliggør med %n ansigter tildækket</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="89" />
            <source>The plain clip stays blocked; only this covered copy may be published. Each face is filled in every frame of its track.</source>
            <translation>Det almindelige klip forbliver blokeret; kun denne tildækkede kopi må offentliggøres. Hvert ansigt dækkes i hvert billede af sit spor.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="99" />
            <source>The plain photo stays blocked; only this covered copy may be published.</source>
            <translation>Det almindelige foto forbliver blokeret; kun denne tildækkede kopi må offentliggøres.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="151" />
            <source>No preview: %1</source>
            <translation>Ingen forhåndsvisning: %1</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="65" />
            <source>For every channel:</source>
            <translation>For alle kanaler:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="164" />
            <source>Review</source>
            <translation>Gennemse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="165" />
            <source>Open in the viewer to identify faces (Enter)</source>
            <translation>Åbn i fremviseren for at identificere ansigter (Enter)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="166" />
            <location filename="../../mediadesk/gui/detail.py" line="244" />
            <source>People complete</source>
            <translation>Personer komplette</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="167" />
            <source>Confirm that the list of people is complete (Ctrl+Return)</source>
            <translation>Bekræft, at listen over personer er komplet (Ctrl+Retur)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="168" />
            <location filename="../../mediadesk/gui/detail.py" line="245" />
            <source>Block…</source>
            <translation>Bloker…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="169" />
            <source>Block this asset for every channel, with a reason (Ctrl+B)</source>
            <translation>Bloker for alle kanaler, med en begrundelse (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="178" />
            <source>Select a photo or clip to see whether it may be published.</source>
            <translation>Vælg et foto eller klip for at se, om det må offentliggøres.</translation>
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
                <numerusform>%n kanal</numerusform>
                <numerusform>%n kanaler</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="241" />
            <source>offline: the file is not where it was</source>
            <translation>offline: filen er ikke længere, hvor den var</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="244" />
            <source>People confirmed</source>
            <translation>Personer bekræftet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="245" />
            <source>Unblock</source>
            <translation>Fjern blokering</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="248" />
            <source>May it be published?</source>
            <translation>Må det offentliggøres?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="254" />
            <source>People on it</source>
            <translation>Personer på det</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="262" />
            <source>No one tagged yet. Listen to the recording (Review) and add every voice heard.</source>
            <translation>Ingen er tagget endnu. Lyt til optagelsen (Gennemse), og tilføj alle stemmer, der høres.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="265" />
            <source>No one tagged yet.</source>
            <translation>Ingen er tagget endnu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="269" />
            <source>%n face(s) found</source>
            <translation>
                <numerusform>%n ansigt fundet</numerusform>
                <numerusform>%n ansigter fundet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="270" />
            <source>%n still to identify</source>
            <translation>
                <numerusform>%n mangler at blive identificeret</numerusform>
                <numerusform>%n mangler at blive identificeret</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="274" />
            <source>List confirmed complete by %1 on %2</source>
            <translation>Listen bekræftet komplet af %1 den %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="280" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="285" />
            <source>Taken</source>
            <translation>Taget</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="286" />
            <source>Imported</source>
            <translation>Importeret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="287" />
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="290" />
            <source>Dimensions</source>
            <translation>Mål</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="292" />
            <source>Length</source>
            <translation>Længde</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="294" />
            <source>Sound</source>
            <translation>Lyd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="296" />
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="298" />
            <source>Metadata</source>
            <translation>Metadata</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="298" />
            <source>The file names people or marks faces: check who is on it</source>
            <translation>Filen nævner personer eller markerer ansigter: tjek, hvem der er på den</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="300" />
            <source>Location</source>
            <translation>Placering</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="300" />
            <source>A GPS position is in the file (exports leave it out)</source>
            <translation>Filen indeholder en GPS-position (udelades ved eksport)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="301" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="303" />
            <source>Also at</source>
            <translation>Også i</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="320" />
            <source>Legal basis</source>
            <translation>Retsgrundlag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="323" />
            <source>recorded by %1 on %2</source>
            <translation>registreret af %1 den %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="326" />
            <source>everyone on it must have consented</source>
            <translation>alle på det skal have givet samtykke</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="331" />
            <source>Legal basis…</source>
            <translation>Retsgrundlag…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="334" />
            <source>A sound recording is published on consent only: voices are not situation photos</source>
            <translation>En lydoptagelse offentliggøres kun med samtykke: stemmer er ikke situationsbilleder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="336" />
            <source>Publish a situation photo or clip on legitimate interest or public task, with a reason</source>
            <translation>Offentliggør et situationsbillede eller klip på grundlag af legitim interesse eller en offentlig opgave, med en begrundelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="357" />
            <source>Publish with faces covered</source>
            <translation>Offentliggør med tildækkede ansigter</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="360" />
            <source>Publish with %n face(s) covered</source>
            <translation>
                <numerusform>Offentliggør med %n ansigt tildækket</numerusform>
                <numerusform>Offentliggør med %n ansigter tildækket</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="361" />
            <source>Export a copy with these faces filled solid; the plain photo stays blocked</source>
            <translation>Eksportér en kopi, hvor disse ansigter er dækket helt til; det almindelige foto forbliver blokeret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="362" />
            <source>Export a copy with these faces filled solid in every frame; the plain clip stays blocked</source>
            <translation>Eksportér en kopi med disse ansigter dækket helt til i hvert billede; det almindelige klip forbliver blokeret</translation>
        </message>
    </context>
    <context>
        <name>ExplanationPage</name>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="189" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="726" />
            <source>Exporting</source>
            <translation>Eksporterer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="726" />
            <source>Writing the cleared photos and clips…</source>
            <translation>Skriver de godkendte fotos og klip…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="727" />
            <source>Stop after the current file; nothing half-written is left</source>
            <translation>Stop efter den aktuelle fil; intet halvt skrevet efterlades</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="729" />
            <source>Export failed</source>
            <translation>Eksporten mislykkedes</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="560" />
            <source>Export for a channel</source>
            <translation>Eksportér til en kanal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="567" />
            <source>The selected photos and clips (%1)</source>
            <translation>De valgte fotos og klip (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="568" />
            <source>An event</source>
            <translation>En begivenhed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="569" />
            <source>Everything in the library</source>
            <translation>Alt i biblioteket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="590" />
            <source>Only what is cleared for the channel on this day is written</source>
            <translation>Kun det, der er godkendt til kanalen på denne dag, skrives</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="591" />
            <source>Cover faces marked not identifiable</source>
            <translation>Dæk ansigter markeret som ikke genkendelige til</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="592" />
            <source>A solid fill, which cannot be undone (unlike a blur)</source>
            <translation>En ensfarvet flade, som ikke kan fortrydes (i modsætning til sløring)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="594" />
            <source>Choose a folder</source>
            <translation>Vælg en mappe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="595" />
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="600" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="601" />
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="602" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="603" />
            <source>Publish with the faces of people without consent covered</source>
            <translation>Offentliggør med ansigterne på personer uden samtykke tildækket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="604" />
            <source>A photo or clip blocked only by people on it is written with their faces filled solid (in every frame of a clip); the publication records who was covered</source>
            <translation>Et foto eller klip, der kun er blokeret på grund af personer på det, skrives med deres ansigter dækket helt til (i hvert billede af et klip); offentliggørelsen registrerer, hvem der blev tildækket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="605" />
            <source>Also cover faces nobody has identified</source>
            <translation>Tildæk også ansigter, som ingen har identificeret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="611" />
            <source>Save in</source>
            <translation>Gem i</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="623" />
            <source>Export</source>
            <translation>Eksportér</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="651" />
            <source>Export to which folder?</source>
            <translation>Eksportér til hvilken mappe?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="674" />
            <source>Choose a channel.</source>
            <translation>Vælg en kanal.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="677" />
            <source>Choose the folder to export to.</source>
            <translation>Vælg mappen, der skal eksporteres til.</translation>
        </message>
    </context>
    <context>
        <name>ExportReportDialog</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="686" />
            <source>Export report</source>
            <translation>Eksportrapport</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="689" />
            <source>Written: %1 · Not written: %2</source>
            <translation>Skrevet: %1 · Ikke skrevet: %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="692" />
            <source>The export was cancelled.</source>
            <translation>Eksporten blev annulleret.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="698" />
            <location filename="../../mediadesk/gui/publishing.py" line="703" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="698" />
            <source>Written as</source>
            <translation>Skrevet som</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="698" />
            <source>Covered</source>
            <translation>Tildækket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="703" />
            <source>Why not</source>
            <translation>Hvorfor ikke</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="706" />
            <source>Written</source>
            <translation>Skrevet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="707" />
            <source>Not written</source>
            <translation>Ikke skrevet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="711" />
            <source>Folder: %1</source>
            <translation>Mappe: %1</translation>
        </message>
    </context>
    <context>
        <name>FaceCanvas</name>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="154" />
            <source>Drag a box around the face (Esc to stop)</source>
            <translation>Træk en ramme om ansigtet (Esc for at stoppe)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="160" />
            <source>%1?</source>
            <translation>%1?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="162" />
            <source>not identifiable</source>
            <translation>ikke genkendelig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="163" />
            <source>who is this?</source>
            <translation>hvem er det?</translation>
        </message>
    </context>
    <context>
        <name>FaceModeBox</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="49" />
            <source>Faces</source>
            <translation>Ansigter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="54" />
            <source>MediaDesk does not look for faces. Staff tag people and draw face boxes by hand.</source>
            <translation>MediaDesk leder ikke efter ansigter. Personalet tagger personer og tegner ansigtsrammer i hånden.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="55" />
            <source>MediaDesk finds faces and draws a box around each one. Staff say who each face is; nothing is stored about what faces look like.</source>
            <translation>MediaDesk finder ansigter og tegner en ramme om hvert af dem. Personalet angiver, hvem hvert ansigt er; der gemmes intet om, hvordan ansigterne ser ud.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="56" />
            <source>MediaDesk also suggests who a face is, using reference photos of people who consented to face matching. This is biometric data, so it needs a data protection impact assessment (DPIA) first.</source>
            <translation>MediaDesk foreslår også, hvem et ansigt er, ud fra referencefotos af personer, der har givet samtykke til ansigtsgenkendelse. Det er biometriske data, så det kræver først en konsekvensanalyse (DPIA).</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="72" />
            <source>e.g. DPIA-2026-04</source>
            <translation>fx DPIA-2026-04</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="75" />
            <source>DPIA reference</source>
            <translation>DPIA-reference</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="76" />
            <source>DPIA date</source>
            <translation>DPIA-dato</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="102" />
            <source>Face matching needs the reference and date of your DPIA.</source>
            <translation>Ansigtsgenkendelse kræver reference og dato for jeres DPIA.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="193" />
            <location filename="../../mediadesk/gui/mainwindow.py" line="221" />
            <source>Search file names…</source>
            <translation>Søg i filnavne…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="208" />
            <source>Anyone</source>
            <translation>Alle personer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="213" />
            <source>Faces to identify</source>
            <translation>Åbne ansigter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="214" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="216" />
            <source>Save this filter in the sidebar</source>
            <translation>Gem dette filter i sidepanelet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="217" />
            <source>Clear</source>
            <translation>Nulstil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="218" />
            <source>Show everything again</source>
            <translation>Vis alt igen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="221" />
            <source>Event</source>
            <translation>Begivenhed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="222" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="222" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="230" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="230" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="231" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="259" />
            <source>any day</source>
            <translation>enhver dag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="271" />
            <source>All events</source>
            <translation>Alle begivenheder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="275" />
            <source>Photos and clips</source>
            <translation>Fotos og klip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="283" />
            <source>Any channel</source>
            <translation>Alle kanaler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="287" />
            <source>Any verdict</source>
            <translation>Alle vurderinger</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="93" />
            <source>MediaDesk: new library</source>
            <translation>MediaDesk: nyt bibliotek</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="100" />
            <source>Importing</source>
            <translation>Importerer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="100" />
            <source>Reading photos and clips…</source>
            <translation>Læser fotos og klip…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="101" />
            <source>Stop after the current file; what is done so far is kept</source>
            <translation>Stop efter den aktuelle fil; det, der allerede er gjort, bevares</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="103" />
            <source>Import failed</source>
            <translation>Importen mislykkedes</translation>
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
                <numerusform>Importeret (%n)</numerusform>
                <numerusform>Importeret (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="48" />
            <source>Already known (%n)</source>
            <translation>
                <numerusform>Allerede kendt (%n)</numerusform>
                <numerusform>Allerede kendt (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="49" />
            <source>Re-linked (%n)</source>
            <translation>
                <numerusform>Genforbundet (%n)</numerusform>
                <numerusform>Genforbundet (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="50" />
            <source>Rejected (%n)</source>
            <translation>
                <numerusform>Afvist (%n)</numerusform>
                <numerusform>Afvist (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="61" />
            <source>%n new photo(s) or clip(s) imported.</source>
            <translation>
                <numerusform>%n nyt foto eller klip importeret.</numerusform>
                <numerusform>%n nye fotos eller klip importeret.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="63" />
            <source>%n file(s) could not be read.</source>
            <translation>
                <numerusform>%n fil kunne ikke læses.</numerusform>
                <numerusform>%n filer kunne ikke læses.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="65" />
            <source>The import was cancelled; what was read is kept.</source>
            <translation>Importen blev annulleret; det, der nåede at blive læst, bevares.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="71" />
            <location filename="../../mediadesk/gui/importing.py" line="72" />
            <location filename="../../mediadesk/gui/importing.py" line="73" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="71" />
            <source>Folder</source>
            <translation>Mappe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="72" />
            <source>Was at</source>
            <translation>Lå i</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="73" />
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="18" />
            <source>Website</source>
            <translation>Hjemmeside</translation>
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
            <translation>Tryksager</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="19" />
            <source>Intranet</source>
            <translation>Intranet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="25" />
            <source>Cleared</source>
            <translation>Godkendt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="25" />
            <source>Needs review</source>
            <translation>Skal gennemses</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="25" />
            <source>Blocked</source>
            <translation>Blokeret</translation>
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
            <translation>Lyd</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="33" />
            <source>Student</source>
            <translation>Elev</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="33" />
            <source>Staff</source>
            <translation>Personale</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="33" />
            <source>Guest</source>
            <translation>Gæst</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="38" />
            <source>Valid consent</source>
            <translation>Gyldigt samtykke</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="38" />
            <location filename="../../mediadesk/gui/labels.py" line="45" />
            <source>Expired</source>
            <translation>Udløbet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="38" />
            <location filename="../../mediadesk/gui/labels.py" line="45" />
            <source>Withdrawn</source>
            <translation>Trukket tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="39" />
            <source>No consent</source>
            <translation>Intet samtykke</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="39" />
            <source>Publication ban</source>
            <translation>Offentliggørelsesforbud</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="45" />
            <source>In force</source>
            <translation>Gældende</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="46" />
            <source>Not yet valid</source>
            <translation>Endnu ikke gyldig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="46" />
            <source>Replaced by a newer form</source>
            <translation>Erstattet af en nyere blanket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="51" />
            <source>The person themselves</source>
            <translation>Personen selv</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="51" />
            <source>Parent or guardian</source>
            <translation>Forælder eller værge</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="55" />
            <source>Paper form</source>
            <translation>Papirblanket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="55" />
            <source>Digital form</source>
            <translation>Digital blanket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="55" />
            <source>Signed on site</source>
            <translation>Underskrevet på stedet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="56" />
            <source>Imported</source>
            <translation>Importeret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="60" />
            <source>Not identified</source>
            <translation>Ikke identificeret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="60" />
            <source>Suggestion</source>
            <translation>Forslag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="61" />
            <source>Confirmed</source>
            <translation>Bekræftet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="61" />
            <source>Not identifiable</source>
            <translation>Ikke genkendelig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="65" />
            <source>Off: tag people by hand</source>
            <translation>Fra: tag personer i hånden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="65" />
            <source>Find faces</source>
            <translation>Find ansigter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="66" />
            <source>Find and suggest people</source>
            <translation>Find ansigter og foreslå personer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="70" />
            <source>Denmark (15)</source>
            <translation>Danmark (15)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="70" />
            <source>Netherlands (16)</source>
            <translation>Holland (16)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="70" />
            <source>EU default (16)</source>
            <translation>EU-standard (16)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="71" />
            <source>Custom</source>
            <translation>Tilpasset</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="100" />
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="101" />
            <source>Legitimate interest</source>
            <translation>Legitim interesse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="102" />
            <source>Public task</source>
            <translation>Offentlig opgave</translation>
        </message>
    </context>
    <context>
        <name>LegalBasisDialog</name>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="39" />
            <source>Legal basis</source>
            <translation>Retsgrundlag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="42" />
            <source>A photo or clip of a situation where no one is the focus may be published on a documented basis other than consent. A publication ban, an objection or a withdrawal still blocks it.</source>
            <translation>Et foto eller klip af en situation, hvor ingen er i fokus, kan offentliggøres på et dokumenteret andet grundlag end samtykke. Et offentliggørelsesforbud, en indsigelse eller en tilbagetrækning blokerer stadig.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="58" />
            <source>e.g. situation photo of the sports day, no one in focus</source>
            <translation>fx situationsbillede fra idrætsdagen, ingen i fokus</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="60" />
            <source>Reason</source>
            <translation>Begrundelse</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="410" />
            <source>Loading…</source>
            <translation>Indlæser…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/mainwindow.py" line="421" />
            <source>%n photo(s) and clip(s)</source>
            <translation>
                <numerusform>%n foto eller klip</numerusform>
                <numerusform>%n fotos og klip</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="425" />
            <source>Nothing matches this filter.</source>
            <translation>Intet passer til dette filter.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="426" />
            <source>No photos or clips here yet. Drag photos, clips or folders onto this window, or use Import folder.</source>
            <translation>Her er endnu ingen fotos eller klip. Træk fotos, klip eller mapper ind i vinduet, eller brug Importér mappe.</translation>
        </message>
    </context>
    <context>
        <name>LogRequestDialog</name>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="57" />
            <source>Request or complaint of %1</source>
            <translation>Anmodning eller klage fra %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="60" />
            <source>Logged for the data protection officer. The school answers within one month.</source>
            <translation>Registreres til databeskyttelsesrådgiveren. Skolen svarer inden for en måned.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="72" />
            <source>What was asked, by whom, how it came in</source>
            <translation>Hvad der blev bedt om, af hvem, og hvordan det kom ind</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="74" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="75" />
            <source>Received on</source>
            <translation>Modtaget den</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="76" />
            <source>What was asked</source>
            <translation>Hvad der blev bedt om</translation>
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
            <translation>Importér &amp;filer…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="521" />
            <location filename="../../mediadesk/gui/mainwindow.py" line="916" />
            <source>Import photos and clips</source>
            <translation>Importér fotos og klip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="522" />
            <source>Import f&amp;older…</source>
            <translation>Importér &amp;mappe…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="523" />
            <source>Import every photo and clip in a folder</source>
            <translation>Importér alle fotos og klip i en mappe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="524" />
            <source>&amp;Quick check…</source>
            <translation>&amp;Hurtigtjek…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="525" />
            <source>Check one photo or clip before posting</source>
            <translation>Tjek et foto eller klip, før det lægges op</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="526" />
            <source>&amp;Settings…</source>
            <translation>&amp;Indstillinger…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="527" />
            <source>Profile, channels, face mode, language</source>
            <translation>Profil, kanaler, ansigtstilstand, sprog</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="531" />
            <source>&amp;Requests and complaints…</source>
            <translation>&amp;Anmodninger og klager…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="532" />
            <source>The requests and complaints about people's data, for the DPO</source>
            <translation>Anmodninger og klager om personers oplysninger, til DPO'en</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="533" />
            <source>Yearly &amp;renewal…</source>
            <translation>Årlig &amp;fornyelse…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="534" />
            <source>Whom to ask for consent again for a school year, forms, what came back</source>
            <translation>Hvem der skal spørges om samtykke igen for et skoleår, blanketter, hvad der er kommet tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="535" />
            <source>&amp;Due for deletion…</source>
            <translation>&amp;Klar til sletning…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="536" />
            <source>Photos and clips whose retention period has passed, or to review</source>
            <translation>Fotos og klip, hvis opbevaringsperiode er udløbet, eller som skal gennemses</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="537" />
            <source>Import &amp;people list (CSV, Excel)…</source>
            <translation>Importér &amp;personliste (CSV, Excel)…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="539" />
            <source>People from the school's admin system: id, name, role, birth date, group</source>
            <translation>Personer fra skolens administrative system: id, navn, rolle, fødselsdato, gruppe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="540" />
            <source>Import &amp;consent forms (CSV)…</source>
            <translation>Importér &amp;samtykkeblanketter (CSV)…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="542" />
            <source>Signed forms from the school's admin system or a form tool</source>
            <translation>Underskrevne blanketter fra skolens administrative system eller et blanketværktøj</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="543" />
            <source>&amp;Merge a library…</source>
            <translation>&amp;Flet et bibliotek…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="544" />
            <source>Bring a laptop's library (for example from a fair) into this one</source>
            <translation>Hent en bærbars bibliotek (fx fra en messe) ind i dette</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="545" />
            <source>Look for &amp;faces not yet looked for</source>
            <translation>Led efter &amp;ansigter, der ikke er ledt efter endnu</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="546" />
            <source>Photos and clips whose face scan was stopped or failed</source>
            <translation>Fotos og klip, hvor søgningen efter ansigter blev stoppet eller mislykkedes</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="547" />
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="548" />
            <source>&amp;Library</source>
            <translation>&amp;Bibliotek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="549" />
            <source>&amp;People</source>
            <translation>&amp;Personer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="550" />
            <source>People and their consent</source>
            <translation>Personer og deres samtykke</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="551" />
            <source>&amp;Review in viewer</source>
            <translation>&amp;Gennemse i fremviser</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="552" />
            <source>Open the selected asset to identify faces</source>
            <translation>Åbn det valgte for at identificere ansigter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="553" />
            <source>&amp;Next</source>
            <translation>&amp;Næste</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="554" />
            <source>Next photo or clip</source>
            <translation>Næste foto eller klip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="555" />
            <source>Pre&amp;vious</source>
            <translation>&amp;Forrige</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="556" />
            <source>Previous photo or clip</source>
            <translation>Forrige foto eller klip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="557" />
            <source>&amp;Confirm people complete</source>
            <translation>&amp;Bekræft personer komplette</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="559" />
            <source>Everyone on it is tagged or marked not identifiable</source>
            <translation>Alle på det er tagget eller markeret som ikke genkendelige</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="560" />
            <source>&amp;Block with a reason…</source>
            <translation>&amp;Bloker med en begrundelse…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="562" />
            <source>Block for every channel</source>
            <translation>Bloker for alle kanaler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="563" />
            <source>&amp;Export for a channel…</source>
            <translation>&amp;Eksportér til en kanal…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="564" />
            <source>Write the cleared photos and clips for one channel, without metadata</source>
            <translation>Skriv de godkendte fotos og klip til én kanal, uden metadata</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="565" />
            <source>P&amp;ublishing</source>
            <translation>P&amp;ublicering</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="566" />
            <source>Takedown list, publications, consent overview, audit log</source>
            <translation>Nedtagningsliste, publiceringer, samtykkeoversigt, revisionslog</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="567" />
            <source>Back to the &amp;grid</source>
            <translation>Tilbage til &amp;oversigten</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="573" />
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="589" />
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="594" />
            <source>&amp;Review</source>
            <translation>&amp;Gennemgang</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="608" />
            <source>Main</source>
            <translation>Hovedværktøjslinje</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="626" />
            <source>Library: %1 · Age of consent %2 · Faces: %3</source>
            <translation>Bibliotek: %1 · Samtykkealder %2 · Ansigter: %3</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="668" />
            <source>Import people list</source>
            <translation>Importér personliste</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="668" />
            <source>Import consent forms</source>
            <translation>Importér samtykkeblanketter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="669" />
            <source>Exports (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Eksporter (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="670" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="678" />
            <source>%1 added, %2 updated, %3 unchanged.</source>
            <translation>%1 tilføjet, %2 opdateret, %3 uændret.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="680" />
            <source>%1 forms added, %4 withdrawals added, %3 unchanged.</source>
            <translation>%1 blanketter tilføjet, %4 tilbagekaldelser tilføjet, %3 uændret.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="690" />
            <source>Nothing was imported from this file:</source>
            <translation>Intet blev importeret fra denne fil:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="717" />
            <source>an Excel workbook (.xlsx)</source>
            <translation>en Excel-projektmappe (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="719" />
            <source>comma</source>
            <translation>komma</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="719" />
            <source>semicolon</source>
            <translation>semikolon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="719" />
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="720" />
            <source>%1 text, separated by %2</source>
            <translation>%1-tekst, adskilt med %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="721" />
            <source>The file was read as %1.</source>
            <translation>Filen blev læst som %1.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="723" />
            <source>Columns matched with: %1.</source>
            <translation>Kolonner koblet med: %1.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="773" />
            <source>Save filter</source>
            <translation>Gem filter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="773" />
            <source>Name of this filter:</source>
            <translation>Navn på filteret:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="827" />
            <source>Nobody tagged</source>
            <translation>Ingen tagget</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="828" />
            <source>Nobody is tagged in this recording. Can no one at all be heard in it?

Every pupil whose voice is heard must be tagged: their consent for sound recordings is checked.</source>
            <translation>Ingen er tagget i denne optagelse. Kan der slet ikke høres nogen i den?

Alle elever, hvis stemme høres, skal tagges: deres samtykke til lydoptagelser bliver kontrolleret.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="833" />
            <source>People list confirmed complete.</source>
            <translation>Listen over personer er bekræftet komplet.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="841" />
            <source>Unblock</source>
            <translation>Fjern blokering</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="841" />
            <source>Blocked because: %1

Unblock it?</source>
            <translation>Blokeret fordi: %1

Fjern blokeringen?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="845" />
            <source>Block</source>
            <translation>Bloker</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="845" />
            <source>Why may this not be published?</source>
            <translation>Hvorfor må det ikke offentliggøres?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="917" />
            <source>Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)</source>
            <translation>Fotos, klip og optagelser (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="922" />
            <source>Import a folder</source>
            <translation>Importér en mappe</translation>
        </message>
    </context>
    <context>
        <name>MergeWizard</name>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="181" />
            <source>Merge a library</source>
            <translation>Flet et bibliotek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="189" />
            <location filename="../../mediadesk/gui/merging.py" line="196" />
            <source>Next</source>
            <translation>Næste</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="196" />
            <source>Merge</source>
            <translation>Flet</translation>
        </message>
    </context>
    <context>
        <name>ObjectionDialog</name>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="88" />
            <source>Record an objection</source>
            <translation>Registrer en indsigelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="91" />
            <source>%1 objects to being published. Every photo and clip with %1 on it is blocked from that day on, on every legal basis, until the objection is withdrawn.</source>
            <translation>%1 gør indsigelse mod offentliggørelse. Alle fotos og klip med %1 på blokeres fra den dag, på ethvert retsgrundlag, indtil indsigelsen trækkes tilbage.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="99" />
            <source>Objects from</source>
            <translation>Indsigelse fra</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="101" />
            <source>Every channel</source>
            <translation>Alle kanaler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="110" />
            <source>Channels</source>
            <translation>Kanaler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="112" />
            <source>e.g. the parent wrote to the office</source>
            <translation>fx forælderen skrev til kontoret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="114" />
            <source>Reason</source>
            <translation>Begrundelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="135" />
            <source>Tick at least one channel, or every channel.</source>
            <translation>Sæt flueben ved mindst én kanal eller alle kanaler.</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="309" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="310" />
            <source>Look ahead this many days for forms that end and pupils who come of age</source>
            <translation>Se så mange dage frem efter blanketter, der udløber, og elever, der når samtykkealderen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="311" />
            <source>Save as CSV…</source>
            <translation>Gem som CSV…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="312" />
            <source>Save as PDF…</source>
            <translation>Gem som PDF…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="313" />
            <source>Look ahead</source>
            <translation>Se frem</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Valid</source>
            <translation>Gyldig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Ending soon</source>
            <translation>Udløber snart</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="319" />
            <source>No consent</source>
            <translation>Intet samtykke</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="349" />
            <source>No group</source>
            <translation>Ingen gruppe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="357" />
            <source>Reach the age of consent soon (ask them themselves from then on): %1</source>
            <translation>Når snart samtykkealderen (spørg dem selv fra da af): %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="358" />
            <source>Nobody reaches the age of consent in this period.</source>
            <translation>Ingen når samtykkealderen i denne periode.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="367" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="367" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="368" />
            <source>Save the consent overview</source>
            <translation>Gem samtykkeoversigten</translation>
        </message>
    </context>
    <context>
        <name>PeopleMappingDialog</name>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="89" />
            <source>Import people list: match the columns</source>
            <translation>Importér personliste: vælg kolonnerne</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="100" />
            <source>Admin system</source>
            <translation>Administrativt system</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="102" />
            <source>Choose the columns below</source>
            <translation>Vælg kolonnerne nedenfor</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="106" />
            <source>Saved: %1</source>
            <translation>Gemt: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="121" />
            <source>(not in the file)</source>
            <translation>(ikke i filen)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="137" />
            <source>automatic (YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY)</source>
            <translation>automatisk (ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="143" />
            <source>Save this mapping as</source>
            <translation>Gem denne kolonneopsætning som</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="145" />
            <source>e.g. Magister, our school</source>
            <translation>fx Lectio, vores skole</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="150" />
            <source>Birth date format</source>
            <translation>Format for fødselsdato</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="151" />
            <source>Role when no column gives it</source>
            <translation>Rolle, når ingen kolonne angiver den</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="156" />
            <source>Import</source>
            <translation>Importér</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="177" />
            <source>Pupil or staff number</source>
            <translation>Elev- eller medarbejdernummer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="178" />
            <source>Full name</source>
            <translation>Fulde navn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="179" />
            <source>First name</source>
            <translation>Fornavn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="180" />
            <source>Surname prefix</source>
            <translation>Forstavelse til efternavn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="181" />
            <source>Surname</source>
            <translation>Efternavn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="182" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="183" />
            <source>Birth date</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="184" />
            <source>Class or group</source>
            <translation>Klasse eller hold</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="185" />
            <source>Publication ban</source>
            <translation>Offentliggørelsesforbud</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="186" />
            <source>Guardian's name</source>
            <translation>Forælders/værges navn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="187" />
            <source>Guardian's e-mail</source>
            <translation>Forælders/værges e-mail</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="188" />
            <source>Guardian's phone</source>
            <translation>Forælders/værges telefon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="194" />
            <source>Read as an Excel workbook (.xlsx).</source>
            <translation>Læst som Excel-projektmappe (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="196" />
            <source>comma</source>
            <translation>komma</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="196" />
            <source>semicolon</source>
            <translation>semikolon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="196" />
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="197" />
            <source>Read as %1 text, separated by %2.</source>
            <translation>Læst som %1-tekst, adskilt med %2.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="198" />
            <source>%1 — %2 The first rows:</source>
            <translation>%1 — %2 De første rækker:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="242" />
            <source>Enter a name for the saved mapping.</source>
            <translation>Skriv et navn til den gemte opsætning.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Assets</source>
            <translation>Medier</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="159" />
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="162" />
            <source>Search name, group or id…</source>
            <translation>Søg navn, gruppe eller id…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="189" />
            <source>Add person…</source>
            <translation>Tilføj person…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="190" />
            <source>Add a person by hand, e.g. a visiting pupil</source>
            <translation>Tilføj en person manuelt, fx en besøgende elev</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="223" />
            <source>Any consent state</source>
            <translation>Alle samtykketilstande</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="227" />
            <source>Every group</source>
            <translation>Alle grupper</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="343" />
            <source>Add consent form…</source>
            <translation>Tilføj samtykkeblanket…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="345" />
            <source>Withdraw consent…</source>
            <translation>Træk samtykke tilbage…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="347" />
            <source>Withdraw every form of this person at once</source>
            <translation>Træk alle blanketter for denne person tilbage på én gang</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="348" />
            <source>Publication ban</source>
            <translation>Offentliggørelsesforbud</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="349" />
            <source>Never publish this person, whatever any form says (protected identity, custody order)</source>
            <translation>Offentliggør aldrig denne person, uanset hvad en blanket siger (beskyttet identitet, forældremyndighedsafgørelse)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="350" />
            <source>Enrol reference faces…</source>
            <translation>Indlæs referenceansigter…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="351" />
            <source>Report for parent (PDF)…</source>
            <translation>Rapport til forælder (PDF)…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="352" />
            <source>Everything stored about this person: forms, photos and clips, publications</source>
            <translation>Alt, der er gemt om personen: blanketter, fotos og klip, publiceringer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="353" />
            <source>Log a request or complaint…</source>
            <translation>Registrér anmodning eller klage…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="354" />
            <source>For the data protection officer: access, erasure, objection, complaint</source>
            <translation>Til databeskyttelsesrådgiveren: indsigt, sletning, indsigelse, klage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="355" />
            <source>Erase personal data…</source>
            <translation>Slet personoplysninger…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="356" />
            <source>Right to be forgotten: remove this person's name, tags and face data</source>
            <translation>Retten til at blive glemt: fjern personens navn, tags og ansigtsdata</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="374" />
            <source>Objections</source>
            <translation>Indsigelser</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="379" />
            <source>Record an objection…</source>
            <translation>Registrer en indsigelse…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="380" />
            <source>The person objects to being published: blocks them on every legal basis</source>
            <translation>Personen gør indsigelse mod offentliggørelse: blokerer vedkommende på ethvert retsgrundlag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="390" />
            <source>Photos and clips</source>
            <translation>Fotos og klip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="391" />
            <source>Choose a person on the left.</source>
            <translation>Vælg en person til venstre.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="400" />
            <source>Consent history</source>
            <translation>Samtykkehistorik</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="443" />
            <source>born %1</source>
            <translation>født %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="446" />
            <source>Guardian: %1</source>
            <translation>Forælder/værge: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="453" />
            <source>for %1</source>
            <translation>til %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="462" />
            <source>No consent form recorded. Until one is, this person blocks every asset they are on.</source>
            <translation>Ingen samtykkeblanket registreret. Indtil der er en, blokerer personen alt, hvor de optræder.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="472" />
            <source>Reference faces can only be enrolled when face matching is switched on in the settings.</source>
            <translation>Referenceansigter kan kun indlæses, når ansigtsgenkendelse er slået til i indstillingerne.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="474" />
            <source>Reference faces need a consent form in force that allows face matching.</source>
            <translation>Referenceansigter kræver en gældende samtykkeblanket, der tillader ansigtsgenkendelse.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="479" />
            <source>Photos and clips (%1)</source>
            <translation>Fotos og klip (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="487" />
            <source>No objection in force.</source>
            <translation>Ingen gældende indsigelse.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="492" />
            <source>every channel</source>
            <translation>alle kanaler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="493" />
            <source>From %1, %2</source>
            <translation>Fra %1, %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="496" />
            <source>(recorded by %1)</source>
            <translation>(registreret af %1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="501" />
            <location filename="../../mediadesk/gui/people.py" line="524" />
            <source>Withdraw objection</source>
            <translation>Træk indsigelse tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="502" />
            <source>The person no longer objects: from today the usual rules apply again</source>
            <translation>Personen gør ikke længere indsigelse: fra i dag gælder de almindelige regler igen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="525" />
            <source>Does %1 no longer object to being published? From today the usual rules apply to them again.</source>
            <translation>Gør %1 ikke længere indsigelse mod offentliggørelse? Fra i dag gælder de almindelige regler igen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="570" />
            <source>Lift publication ban</source>
            <translation>Ophæv offentliggørelsesforbud</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="571" />
            <source>Why may %1 be published again? (recorded in the audit log)</source>
            <translation>Hvorfor må %1 offentliggøres igen? (gemmes i revisionsloggen)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="587" />
            <source>Choose photos of %1's face</source>
            <translation>Vælg fotos af %1s ansigt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="588" />
            <source>Photos (*.jpg *.jpeg *.png *.heic)</source>
            <translation>Fotos (*.jpg *.jpeg *.png *.heic)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="594" />
            <source>Reference faces</source>
            <translation>Referenceansigter</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/people.py" line="595" />
            <source>%n reference photo(s) enrolled.</source>
            <translation>
                <numerusform>%n referencefoto indlæst.</numerusform>
                <numerusform>%n referencefotos indlæst.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="605" />
            <source>Save the report for %1</source>
            <translation>Gem rapporten for %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="606" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="641" />
            <source>Erase personal data</source>
            <translation>Slet personoplysninger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="642" />
            <source>Erase %1 (%2)? Their name, tags, face data and suggestions are removed for good. Every photo and clip they are on must be reviewed again. Their consent forms are kept for the dispute period only. This cannot be undone.</source>
            <translation>Slet %1 (%2)? Navn, tags, ansigtsdata og forslag fjernes for altid. Alle billeder og klip, personen er på, skal gennemses igen. Samtykkeblanketterne gemmes kun i klageperioden. Det kan ikke fortrydes.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="652" />
            <source>Personal data erased</source>
            <translation>Personoplysninger slettet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/people.py" line="653" />
            <source>%n photo(s) or clip(s) must be reviewed again.</source>
            <translation>
                <numerusform>%n billede eller klip skal gennemses igen.</numerusform>
                <numerusform>%n billeder eller klip skal gennemses igen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="215" />
            <source>Who is this?</source>
            <translation>Hvem er det?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="220" />
            <source>Looks like %1</source>
            <translation>Ligner %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="222" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="223" />
            <source>Accept the suggestion (A)</source>
            <translation>Godkend forslaget (A)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="224" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="225" />
            <source>Reject the suggestion (R)</source>
            <translation>Afvis forslaget (R)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="232" />
            <source>Type a name or group…</source>
            <translation>Skriv et navn eller en gruppe…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="239" />
            <source>Not identifiable</source>
            <translation>Ikke genkendelig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="240" />
            <source>Back of a head, blurred, far away (N)</source>
            <translation>Baghoved, sløret, langt væk (N)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="242" />
            <source>New person…</source>
            <translation>Ny person…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="243" />
            <source>Someone who is not in the list yet, e.g. a visiting pupil</source>
            <translation>En person, der ikke er på listen endnu, fx en besøgende elev</translation>
        </message>
    </context>
    <context>
        <name>ProfileBox</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="117" />
            <source>years</source>
            <translation>år</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="120" />
            <source>Below this age a parent or guardian signs the consent form.</source>
            <translation>Under denne alder underskriver en forælder eller værge samtykkeblanketten.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="123" />
            <source>Country rules</source>
            <translation>Landets regler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="124" />
            <source>Age of consent</source>
            <translation>Samtykkealder</translation>
        </message>
    </context>
    <context>
        <name>ProgressJob</name>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="109" />
            <source>Stopping…</source>
            <translation>Stopper…</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="42" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="56" />
            <source>%1 of %2</source>
            <translation>%1 af %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="56" />
            <source>frame %1 of %2</source>
            <translation>billede %1 af %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="60" />
            <source>Looking for faces…</source>
            <translation>Leder efter ansigter…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="62" />
            <source>Covering faces in every frame…</source>
            <translation>Ansigter tildækkes i hvert billede…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="63" />
            <source>Stopping…</source>
            <translation>Stopper…</translation>
        </message>
    </context>
    <context>
        <name>PublicationsView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="192" />
            <location filename="../../mediadesk/gui/publishing.py" line="194" />
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="193" />
            <source>Show undone records</source>
            <translation>Vis fortrudte registreringer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>Published on</source>
            <translation>Offentliggjort den</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="199" />
            <source>Recorded by</source>
            <translation>Registreret af</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="199" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="199" />
            <source>Covered</source>
            <translation>Tildækket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="201" />
            <source>Record publication…</source>
            <translation>Registrér publicering…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="202" />
            <source>Record by hand that the photo or clip selected in the library was published on the chosen channel</source>
            <translation>Registrér manuelt, at det foto eller klip, der er valgt i biblioteket, er offentliggjort på den valgte kanal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="203" />
            <source>Undo record…</source>
            <translation>Fortryd registrering…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="204" />
            <source>The record was a mistake: keep it, marked undone, with a reason</source>
            <translation>Registreringen var en fejl: den gemmes, markeret som fortrudt, med en begrundelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="224" />
            <source>Any channel</source>
            <translation>Alle kanaler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="237" />
            <source>Undone: %1</source>
            <translation>Fortrudt: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="239" />
            <source>Taken down on %1</source>
            <translation>Taget ned den %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="240" />
            <source>Published</source>
            <translation>Offentliggjort</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="262" />
            <location filename="../../mediadesk/gui/publishing.py" line="265" />
            <source>Record publication</source>
            <translation>Registrér publicering</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="263" />
            <source>Select the photo or clip in the library and choose the channel above, then record it.</source>
            <translation>Vælg fotoet eller klippet i biblioteket og kanalen ovenfor, og registrér det så.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="266" />
            <source>Where was it published? (web address or a note)</source>
            <translation>Hvor blev det offentliggjort? (webadresse eller en note)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="284" />
            <source>Undo publication record</source>
            <translation>Fortryd registrering af publicering</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="285" />
            <source>Why was this record a mistake?</source>
            <translation>Hvorfor var registreringen en fejl?</translation>
        </message>
    </context>
    <context>
        <name>Publishing</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="546" />
            <source>unidentified face</source>
            <translation>uidentificeret ansigt</translation>
        </message>
    </context>
    <context>
        <name>PublishingPage</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="499" />
            <source>Takedown</source>
            <translation>Nedtagning</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="500" />
            <source>Publications</source>
            <translation>Publiceringer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="501" />
            <source>Consent overview</source>
            <translation>Samtykkeoversigt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="502" />
            <source>Audit log</source>
            <translation>Revisionslog</translation>
        </message>
    </context>
    <context>
        <name>QuickCheck</name>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="104" />
            <source>OK to post</source>
            <translation>Må lægges op</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="105" />
            <source>Check first</source>
            <translation>Tjek først</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="106" />
            <source>Do not post</source>
            <translation>Må ikke lægges op</translation>
        </message>
    </context>
    <context>
        <name>QuickCheckPage</name>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="76" />
            <source>Quick check</source>
            <translation>Hurtigtjek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="78" />
            <source>About to post a photo or clip? Drop it here and see at once where it may go.</source>
            <translation>Skal du til at lægge et foto eller klip op? Slip det her, og se straks, hvor det må bruges.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="81" />
            <source>Drop one photo or clip here</source>
            <translation>Slip ét foto eller klip her</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="83" />
            <source>Choose a file…</source>
            <translation>Vælg en fil…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="92" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="93" />
            <source>Stop the check; the file stays in the library, to be checked later</source>
            <translation>Stop kontrollen; filen bliver i biblioteket og kan kontrolleres senere</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="120" />
            <source>Choose a photo or clip</source>
            <translation>Vælg et foto eller klip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="121" />
            <source>Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)</source>
            <translation>Fotos, klip og optagelser (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="127" />
            <source>Checking %1…</source>
            <translation>Tjekker %1…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="150" />
            <source>Looking for faces in %1: second %2 of %3…</source>
            <translation>Leder efter ansigter i %1: sekund %2 af %3…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="153" />
            <source>Looking for faces in %1…</source>
            <translation>Leder efter ansigter i %1…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="164" />
            <source>Stopping…</source>
            <translation>Stopper…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="170" />
            <source>Check stopped. %1 is not checked; drop it again to check it.</source>
            <translation>Kontrollen er stoppet. %1 er ikke kontrolleret; slip filen her igen for at kontrollere den.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="173" />
            <source>This file cannot be checked: %1</source>
            <translation>Filen kan ikke tjekkes: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="205" />
            <source>Review faces and people</source>
            <translation>Gennemse ansigter og personer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="227" />
            <source>Good to go: you may post this on every channel.</source>
            <translation>Klar: du må lægge det op på alle kanaler.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="229" />
            <source>Do not post this anywhere.</source>
            <translation>Læg det ikke op nogen steder.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="231" />
            <source>Not yet: someone must check the people on it first.</source>
            <translation>Ikke endnu: nogen skal først tjekke personerne på det.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="232" />
            <source>Only post this where it says “OK to post”.</source>
            <translation>Læg det kun op, hvor der står “Må lægges op”.</translation>
        </message>
    </context>
    <context>
        <name>RenewalDialog</name>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="52" />
            <location filename="../../mediadesk/gui/renewal.py" line="259" />
            <source>Yearly renewal</source>
            <translation>Årlig fornyelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="57" />
            <source>School year</source>
            <translation>Skoleår</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="63" />
            <source>The school year to ask for, like 2027/28</source>
            <translation>Skoleåret, der skal spørges for, fx 2027/28</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="65" />
            <source>Show</source>
            <translation>Vis</translation>
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
            <translation>Elev</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>School ID</source>
            <translation>Elev-id</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>Why ask</source>
            <translation>Hvorfor spørge</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>Signs</source>
            <translation>Skriver under</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="78" />
            <location filename="../../mediadesk/gui/renewal.py" line="104" />
            <source>Form back</source>
            <translation>Blanket tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="90" />
            <source>Per class</source>
            <translation>Pr. klasse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>To ask now</source>
            <translation>Skal spørges nu</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>Asked in the round</source>
            <translation>Spurgt i runden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>Forms back</source>
            <translation>Blanketter tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="94" />
            <source>Return rate</source>
            <translation>Svarprocent</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="101" />
            <source>Start round</source>
            <translation>Start runden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="102" />
            <source>Record each pupil listed as asked; again later, it adds the pupils listed since</source>
            <translation>Registrér hver elev på listen som spurgt; senere igen tilføjes de elever, der er kommet på listen siden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="105" />
            <source>Mark the forms of the chosen pupils as returned</source>
            <translation>Markér de valgte elevers blanketter som afleveret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="107" />
            <source>Not back</source>
            <translation>Ikke tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="108" />
            <source>Mark the forms of the chosen pupils as not returned</source>
            <translation>Markér de valgte elevers blanketter som ikke afleveret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="110" />
            <source>Print forms…</source>
            <translation>Udskriv blanketter…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="111" />
            <source>A PDF consent form for each pupil whose form is not back yet</source>
            <translation>En samtykkeblanket som PDF for hver elev, hvis blanket ikke er kommet tilbage endnu</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="113" />
            <source>Mail merge file…</source>
            <translation>Fil til brevfletning…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="114" />
            <source>A CSV file for the school's own mail system</source>
            <translation>En CSV-fil til skolens eget postsystem</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="165" />
            <source>the pupil</source>
            <translation>eleven</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="165" />
            <source>parent or guardian</source>
            <translation>forælder eller værge</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="168" />
            <location filename="../../mediadesk/gui/renewal.py" line="182" />
            <location filename="../../mediadesk/gui/renewal.py" line="210" />
            <source>(no class)</source>
            <translation>(ingen klasse)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="183" />
            <source>asked in the round; a form that counts is recorded</source>
            <translation>spurgt i runden; en gyldig blanket er registreret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="198" />
            <source>not asked yet</source>
            <translation>ikke spurgt endnu</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="199" />
            <source>back %1</source>
            <translation>tilbage %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="199" />
            <source>not back</source>
            <translation>ikke tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="220" />
            <source>Forms ending by %1 · %2 to ask · %3 withdrawn (not asked again automatically)</source>
            <translation>Blanketter, der udløber senest %1 · %2 skal spørges · %3 trukket tilbage (spørges ikke igen af sig selv)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="224" />
            <source>the round has not started</source>
            <translation>runden er ikke startet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="227" />
            <source>round: %1 of %2 forms back (%3)</source>
            <translation>runden: %1 af %2 blanketter tilbage (%3)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="249" />
            <source>Round %1: %2 pupil(s) asked now, %3 asked before.</source>
            <translation>Runden %1: %2 elev(er) spurgt nu, %3 spurgt før.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="259" />
            <source>Choose pupils in the list first.</source>
            <translation>Vælg først elever på listen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="282" />
            <source>Folder for the forms</source>
            <translation>Mappe til blanketterne</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="287" />
            <source>%1 form(s) written to %2</source>
            <translation>%1 blanket(ter) skrevet til %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="291" />
            <source>Mail merge file</source>
            <translation>Fil til brevfletning</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="292" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="297" />
            <source>%1 row(s) written to %2</source>
            <translation>%1 række(r) skrevet til %2</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="36" />
            <source>Access to the data</source>
            <translation>Indsigt i oplysningerne</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="37" />
            <source>Erasure</source>
            <translation>Sletning</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="38" />
            <source>Objection</source>
            <translation>Indsigelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="39" />
            <source>Complaint</source>
            <translation>Klage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="40" />
            <source>Other</source>
            <translation>Andet</translation>
        </message>
    </context>
    <context>
        <name>RequestsDialog</name>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="95" />
            <source>Requests and complaints</source>
            <translation>Anmodninger og klager</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="99" />
            <source>Only open ones</source>
            <translation>Kun åbne</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="104" />
            <source>Close request…</source>
            <translation>Afslut anmodning…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Answer by</source>
            <translation>Svar senest</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="111" />
            <source>What was asked</source>
            <translation>Hvad der blev bedt om</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="111" />
            <source>Handling</source>
            <translation>Behandling</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="136" />
            <source>(erased)</source>
            <translation>(slettet)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="137" />
            <source>closed %1</source>
            <translation>afsluttet %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="138" />
            <source>overdue</source>
            <translation>over fristen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="138" />
            <source>open</source>
            <translation>åben</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="146" />
            <source>No open requests.</source>
            <translation>Ingen åbne anmodninger.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="147" />
            <source>No requests logged.</source>
            <translation>Ingen anmodninger registreret.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="157" />
            <location filename="../../mediadesk/gui/requests.py" line="159" />
            <source>Close request</source>
            <translation>Afslut anmodning</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="157" />
            <source>Choose a request in the list first.</source>
            <translation>Vælg først en anmodning på listen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="159" />
            <source>How was it handled?</source>
            <translation>Hvordan blev den behandlet?</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="162" />
            <source>Situation photos</source>
            <translation>Situationsbilleder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="163" />
            <source>Portraits</source>
            <translation>Portrætter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="164" />
            <source>Archive</source>
            <translation>Arkiv</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="165" />
            <source>None (the library's default)</source>
            <translation>Ingen (bibliotekets standard)</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="55" />
            <source>Due for deletion</source>
            <translation>Klar til sletning</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="61" />
            <source>Due</source>
            <translation>Forfaldne</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="64" />
            <source>Photos and clips whose retention period has passed (delete) or that need a look (review). Deleting removes the library's copies, thumbnails, faces and tags; the audit entry and the publication records stay. Your own files outside the library are never deleted.</source>
            <translation>Fotos og klip, hvis opbevaringsperiode er udløbet (slet), eller som skal ses på (gennemse). Sletning fjerner bibliotekets kopier, miniaturer, ansigter og tags; logposten og registreringerne af offentliggørelser bliver. Dine egne filer uden for biblioteket slettes aldrig.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="71" />
            <source>Due on</source>
            <translation>Forfalden den</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="77" />
            <source>Delete selected…</source>
            <translation>Slet valgte…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>To do</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>Since</source>
            <translation>Siden</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>Event</source>
            <translation>Begivenhed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="98" />
            <source>Classes and periods</source>
            <translation>Klasser og perioder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="105" />
            <source>delete</source>
            <translation>slet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="105" />
            <source>review</source>
            <translation>gennemse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="121" />
            <source>Nothing is due for deletion or review on this day.</source>
            <translation>Intet skal slettes eller gennemses denne dag.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="132" />
            <location filename="../../mediadesk/gui/retention.py" line="134" />
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="132" />
            <source>Choose the photos and clips to delete in the list first.</source>
            <translation>Vælg først de fotos og klip, der skal slettes, på listen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/retention.py" line="135" />
            <source>Delete %n photo(s) or clip(s) from the library? This cannot be undone. Files outside the library are not deleted.</source>
            <translation>
                <numerusform>Slet %n foto eller klip fra biblioteket? Det kan ikke fortrydes. Filer uden for biblioteket slettes ikke.</numerusform>
                <numerusform>Slet %n fotos eller klip fra biblioteket? Det kan ikke fortrydes. Filer uden for biblioteket slettes ikke.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="145" />
            <source>Not deleted</source>
            <translation>Ikke slettet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/retention.py" line="151" />
            <source>%n photo(s) or clip(s) deleted from the library.</source>
            <translation>
                <numerusform>%n foto eller klip slettet fra biblioteket.</numerusform>
                <numerusform>%n fotos eller klip slettet fra biblioteket.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="153" />
            <source>You still have these originals and copies outside the library; they were not deleted:</source>
            <translation>Du har stadig disse originaler og kopier uden for biblioteket; de blev ikke slettet:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="155" />
            <source>Deleted</source>
            <translation>Slettet</translation>
        </message>
    </context>
    <context>
        <name>ScanController</name>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="124" />
            <location filename="../../mediadesk/gui/importing.py" line="146" />
            <source>Looking for faces</source>
            <translation>Leder efter ansigter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="124" />
            <source>Looking for faces…</source>
            <translation>Leder efter ansigter…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="125" />
            <source>Stop after the current file; what is done so far is kept</source>
            <translation>Stop efter den aktuelle fil; det, der allerede er gjort, bevares</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="127" />
            <source>Looking for faces failed</source>
            <translation>Søgningen efter ansigter mislykkedes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="142" />
            <source>Looked for faces in %n photo(s) or clip(s).</source>
            <translation>
                <numerusform>Ledte efter ansigter i %n foto eller klip.</numerusform>
                <numerusform>Ledte efter ansigter i %n fotos og klip.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="144" />
            <source>%n could not be read and still need(s) review.</source>
            <translation>
                <numerusform>%n kunne ikke læses og skal stadig gennemses.</numerusform>
                <numerusform>%n kunne ikke læses og skal stadig gennemses.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SchoolBox</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="151" />
            <source>The school is the data controller. Its name, address and the contact of its data protection officer (DPO) are printed on the report a person gets when they ask what is held about them.</source>
            <translation>Skolen er dataansvarlig. Dens navn, adresse og kontaktoplysningerne på databeskyttelsesrådgiveren (DPO) står på den rapport, en person får, når de spørger, hvad der er registreret om dem.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="160" />
            <source>e.g. Skovbrynet Skole</source>
            <translation>fx Skovbrynet Skole</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="161" />
            <source>Name of the data protection officer</source>
            <translation>Navn på databeskyttelsesrådgiveren</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="162" />
            <source>e.g. dpo@school.dk</source>
            <translation>fx dpo@skolen.dk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="163" />
            <source>e.g. +45 86 12 34 56</source>
            <translation>fx +45 86 12 34 56</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="170" />
            <source>Street, postcode and town</source>
            <translation>Gade, postnummer og by</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="176" />
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="178" />
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="185" />
            <source>School name</source>
            <translation>Skolens navn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="186" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="187" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="188" />
            <source>DPO name</source>
            <translation>DPO's navn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="189" />
            <source>DPO e-mail</source>
            <translation>DPO's e-mail</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="190" />
            <source>DPO phone</source>
            <translation>DPO's telefon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="196" />
            <source>Logo of the school</source>
            <translation>Skolens logo</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="196" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Billeder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="205" />
            <source>(no logo)</source>
            <translation>(intet logo)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="221" />
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="231" />
            <source>until the end of the school year (31 July)</source>
            <translation>til skoleårets slutning (31. juli)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="232" />
            <source>months</source>
            <translation>måneder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="240" />
            <source>day(s)</source>
            <translation>dag(e)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="241" />
            <source>When no event is chosen; counting the day it is signed</source>
            <translation>Når der ikke er valgt en begivenhed; underskriftsdagen tæller med</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="244" />
            <source>A new form is valid</source>
            <translation>En ny blanket gælder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="244" />
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="245" />
            <source>A guest's form (fair) runs</source>
            <translation>En gæsts blanket (messe) gælder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="247" />
            <source>Allow a documented legal basis other than consent for situation photos</source>
            <translation>Tillad et dokumenteret andet retsgrundlag end samtykke for situationsbilleder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="249" />
            <source>Staff may then publish a photo or clip where no one is the focus on legitimate interest or public task, with a reason; a ban, objection or withdrawal still blocks it.</source>
            <translation>Personalet kan så offentliggøre et foto eller klip, hvor ingen er i fokus, på grundlag af legitim interesse eller en offentlig opgave, med en begrundelse; et forbud, en indsigelse eller en tilbagetrækning blokerer stadig.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="257" />
            <source>General</source>
            <translation>Generelt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="261" />
            <source>Where the school publishes. Rename a channel by editing its name; untick it to hide it. Exports are written at the size and JPEG quality set here.</source>
            <translation>Hvor skolen offentliggør. Omdøb en kanal ved at redigere navnet; fjern fluebenet for at skjule den. Eksporter skrives i den størrelse og JPEG-kvalitet, der er angivet her.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="267" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="267" />
            <source>Name shown</source>
            <translation>Vist navn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="267" />
            <source>Shown</source>
            <translation>Vises</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="268" />
            <source>Export size</source>
            <translation>Eksportstørrelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="268" />
            <source>Quality</source>
            <translation>Kvalitet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="280" />
            <source>Add channel…</source>
            <translation>Tilføj kanal…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="286" />
            <source>Channels</source>
            <translation>Kanaler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="289" />
            <source>School and DPO</source>
            <translation>Skole og DPO</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="296" />
            <source>Faces</source>
            <translation>Ansigter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="317" />
            <source>full size</source>
            <translation>fuld størrelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="321" />
            <source>Longest side of exported photos and clips</source>
            <translation>Længste side af eksporterede fotos og klip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="326" />
            <source>JPEG quality of exported photos (1-100)</source>
            <translation>JPEG-kvalitet af eksporterede fotos (1-100)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="331" />
            <source>Add channel</source>
            <translation>Tilføj kanal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="331" />
            <source>Name of the new channel (e.g. LinkedIn):</source>
            <translation>Navn på den nye kanal (fx LinkedIn):</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="392" />
            <source>Switch off face matching</source>
            <translation>Slå ansigtsgenkendelse fra</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="393" />
            <source>Every stored reference face will be deleted. Continue?</source>
            <translation>Alle gemte referenceansigter slettes. Fortsæt?</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="108" />
            <source>Library</source>
            <translation>Bibliotek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="109" />
            <source>All photos and clips</source>
            <translation>Alle fotos og klip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="110" />
            <source>Faces to identify</source>
            <translation>Åbne ansigter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="111" />
            <source>Offline files</source>
            <translation>Offlinefiler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="112" />
            <source>Quick check</source>
            <translation>Hurtigtjek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="113" />
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="114" />
            <source>All people</source>
            <translation>Alle personer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="115" />
            <source>Events</source>
            <translation>Begivenheder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="118" />
            <source>Publishing</source>
            <translation>Publicering</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="119" />
            <source>Takedown</source>
            <translation>Nedtagning</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="120" />
            <source>Published photos and clips that must be taken down</source>
            <translation>Offentliggjorte fotos og klip, der skal tages ned</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="121" />
            <source>Publications</source>
            <translation>Publiceringer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="122" />
            <source>Consent overview</source>
            <translation>Samtykkeoversigt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="123" />
            <source>Audit log</source>
            <translation>Revisionslog</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="125" />
            <source>Saved filters</source>
            <translation>Gemte filtre</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="129" />
            <source>None yet</source>
            <translation>Ingen endnu</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="130" />
            <source>Set up a filter above the grid and save it with the bookmark button</source>
            <translation>Opsæt et filter over oversigten, og gem det med bogmærkeknappen</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="232" />
            <source>Sign on the screen</source>
            <translation>Underskriv på skærmen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="246" />
            <source>%1 signs the consent form for %2.</source>
            <translation>%1 underskriver samtykkeblanketten for %2.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="250" />
            <source>Sign in the white field with the mouse, a finger or a pen.</source>
            <translation>Skriv under i det hvide felt med musen, en finger eller en pen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="258" />
            <source>Start again</source>
            <translation>Start forfra</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="280" />
            <source>Signed on the screen by %1 for %2, %3</source>
            <translation>Underskrevet på skærmen af %1 for %2, %3</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="291" />
            <source>Nothing is signed yet.</source>
            <translation>Der er ikke skrevet under endnu.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="297" />
            <source>The signature could not be saved.</source>
            <translation>Underskriften kunne ikke gemmes.</translation>
        </message>
    </context>
    <context>
        <name>TakedownView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="124" />
            <source>Published photos and clips that now show someone without valid consent for that channel. Take them down, then mark them here.</source>
            <translation>Offentliggjorte fotos og klip, der nu viser en person uden gyldigt samtykke til den kanal. Tag dem ned, og markér dem så her.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>Published on</source>
            <translation>Offentliggjort den</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="128" />
            <source>Who and why</source>
            <translation>Hvem og hvorfor</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="129" />
            <source>Mark as taken down</source>
            <translation>Markér som taget ned</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="131" />
            <source>Record that the selected publication has been removed</source>
            <translation>Registrér, at den valgte publicering er fjernet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="132" />
            <source>Refresh</source>
            <translation>Opdatér</translation>
        </message>
    </context>
    <context>
        <name>TimelineEntry</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="277" />
            <source>Form signed %1</source>
            <translation>Blanket underskrevet %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="287" />
            <source>Signed by</source>
            <translation>Underskrevet af</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="288" />
            <source>Channels</source>
            <translation>Kanaler</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="289" />
            <source>Media</source>
            <translation>Medier</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="290" />
            <source>Valid</source>
            <translation>Gyldig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="291" />
            <source>Face matching</source>
            <translation>Ansigtsgenkendelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="291" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="291" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="292" />
            <source>Form</source>
            <translation>Blanket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="296" />
            <source>Evidence</source>
            <translation>Dokumentation</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="296" />
            <source>Open the signed form (%1)</source>
            <translation>Åbn den underskrevne blanket (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="298" />
            <source>no reason given</source>
            <translation>ingen begrundelse angivet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="299" />
            <source>Withdrawn</source>
            <translation>Trukket tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="299" />
            <source>%1 by %2: %3</source>
            <translation>%1 af %2: %3</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="301" />
            <source>Recorded</source>
            <translation>Registreret</translation>
        </message>
    </context>
    <context>
        <name>ViewerPage</name>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="305" />
            <source>Back (Esc)</source>
            <translation>Tilbage (Esc)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="309" />
            <source>Previous (Left)</source>
            <translation>Forrige (Venstre)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="313" />
            <source>Next (Right)</source>
            <translation>Næste (Højre)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="323" />
            <source>Show covered</source>
            <translation>Vis tildækket</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="341" />
            <source>Play or pause (Space)</source>
            <translation>Afspil eller pause (Mellemrum)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="347" />
            <source>Playback needs Qt Multimedia, which this computer does not have.</source>
            <translation>Afspilning kræver Qt Multimedia, som denne computer ikke har.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="367" />
            <source>Faces</source>
            <translation>Ansigter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="376" />
            <source>People on it</source>
            <translation>Personer på det</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="379" />
            <source>Add a person by hand…</source>
            <translation>Tilføj en person i hånden…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="382" />
            <source>May it be published?</source>
            <translation>Må det offentliggøres?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="418" />
            <source>&amp;Who is this?…</source>
            <translation>&amp;Hvem er det?…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="419" />
            <source>Say who the selected face is</source>
            <translation>Angiv, hvem det valgte ansigt er</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="420" />
            <source>&amp;Accept suggestion</source>
            <translation>&amp;Godkend forslag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="421" />
            <source>Confirm the suggested person</source>
            <translation>Bekræft den foreslåede person</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="422" />
            <source>Re&amp;ject suggestion</source>
            <translation>&amp;Afvis forslag</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="423" />
            <source>This is not the suggested person</source>
            <translation>Det er ikke den foreslåede person</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="424" />
            <source>&amp;Not identifiable</source>
            <translation>&amp;Ikke genkendelig</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="425" />
            <source>The selected face cannot be recognised</source>
            <translation>Det valgte ansigt kan ikke genkendes</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="426" />
            <source>&amp;Draw a face box</source>
            <translation>&amp;Tegn en ansigtsramme</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="427" />
            <source>Draw a box around a face that was missed</source>
            <translation>Tegn en ramme om et ansigt, der blev overset</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="428" />
            <source>Next &amp;face</source>
            <translation>Næste &amp;ansigt</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="429" />
            <source>Select the next face still to identify</source>
            <translation>Vælg det næste ansigt, der mangler at blive identificeret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="430" />
            <source>&amp;Play / pause</source>
            <translation>&amp;Afspil / pause</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="430" />
            <source>Play or pause the clip</source>
            <translation>Afspil eller sæt klippet på pause</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="462" />
            <source>Loading…</source>
            <translation>Indlæser…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="486" />
            <source>Show the copy for %1 as it is exported: %2</source>
            <translation>Vis kopien til %1, som den eksporteres: %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="573" />
            <source>The file cannot be shown (offline or unreadable).</source>
            <translation>Filen kan ikke vises (offline eller ulæselig).</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="585" />
            <source>Face %1</source>
            <translation>Ansigt %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="591" />
            <source>looks like %1</source>
            <translation>ligner %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="601" />
            <source>A sound recording has no faces: listen to it and add every voice heard with “Add a person by hand…”.</source>
            <translation>En lydoptagelse har ingen ansigter: lyt til den, og tilføj alle stemmer, der høres, med “Tilføj en person i hånden…”.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="605" />
            <source>No faces found. Draw a box (D) if someone was missed.</source>
            <translation>Ingen ansigter fundet. Tegn en ramme (D), hvis nogen blev overset.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="614" />
            <source>Remove %1 from this asset</source>
            <translation>Fjern %1 herfra</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="619" />
            <source>No one yet.</source>
            <translation>Ingen endnu.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="990" />
            <source>Withdraw consent</source>
            <translation>Træk samtykke tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="993" />
            <source>Every consent form of %1 will be withdrawn. Photos and clips with %1 on them are blocked from that day on.</source>
            <translation>Alle samtykkeblanketter for %1 trækkes tilbage. Fotos og klip med %1 blokeres fra den dag.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1000" />
            <source>e.g. parent phoned the office</source>
            <translation>fx forælder ringede til kontoret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1002" />
            <source>Withdrawn from</source>
            <translation>Trukket tilbage fra</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1003" />
            <source>Reason</source>
            <translation>Begrundelse</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1006" />
            <source>Withdraw</source>
            <translation>Træk tilbage</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalResultDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1026" />
            <source>Consent withdrawn</source>
            <translation>Samtykke trukket tilbage</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1045" />
            <source>Consent of %1 withdrawn from %2.</source>
            <translation>Samtykke fra %1 trukket tilbage fra %2.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1050" />
            <source>Must come down now (%1)</source>
            <translation>Skal fjernes nu (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1053" />
            <source>place not recorded</source>
            <translation>sted ikke registreret</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1054" />
            <source>%1 on %2, published %3: %4</source>
            <translation>%1 på %2, offentliggjort %3: %4</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1059" />
            <source>Nothing recorded as published: nothing to take down.</source>
            <translation>Intet er registreret som offentliggjort: intet skal fjernes.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1062" />
            <source>Now blocked (%1)</source>
            <translation>Nu blokeret (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1070" />
            <source>%1 is on no photo or clip yet.</source>
            <translation>%1 er ikke på noget foto eller klip endnu.</translation>
        </message>
    </context>
    <context>
        <name>_FacesPage</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="74" />
            <source>Faces</source>
            <translation>Ansigter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="75" />
            <source>You can change this later in the settings.</source>
            <translation>Du kan ændre det senere i indstillingerne.</translation>
        </message>
    </context>
    <context>
        <name>_LocationPage</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="28" />
            <source>Welcome to MediaDesk</source>
            <translation>Velkommen til MediaDesk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="29" />
            <source>MediaDesk checks every photo and clip against the consent forms of the people on it, before anything is published.</source>
            <translation>MediaDesk tjekker hvert foto og klip mod samtykkeblanketterne for personerne på det, før noget offentliggøres.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="31" />
            <source>Where should the library be kept? It holds people, consent forms and what is known about each photo; the photos themselves stay where they are.</source>
            <translation>Hvor skal biblioteket ligge? Det indeholder personer, samtykkeblanketter og det, der vides om hvert foto; selve fotoene bliver, hvor de er.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="34" />
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="51" />
            <source>Library file</source>
            <translation>Biblioteksfil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="51" />
            <source>MediaDesk library (*.sqlite)</source>
            <translation>MediaDesk-bibliotek (*.sqlite)</translation>
        </message>
    </context>
    <context>
        <name>_PickPage</name>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="55" />
            <source>Bring a laptop's library into this one</source>
            <translation>Hent en bærbars bibliotek ind i dette</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="56" />
            <source>People, consent forms, withdrawals, photos, faces and tags made on another computer, for example at a fair, are added to this library.</source>
            <translation>Personer, samtykkeblanketter, tilbagetrækninger, billeder, ansigter og tags fra en anden computer, fx fra en messe, føjes til dette bibliotek.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="58" />
            <source>The other library (its .sqlite file) or a bundle (.zip):</source>
            <translation>Det andet bibliotek (dets .sqlite-fil) eller en pakke (.zip):</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="60" />
            <location filename="../../mediadesk/gui/merging.py" line="68" />
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="66" />
            <source>Put the bundle's photos and clips in this folder (optional):</source>
            <translation>Læg pakkens billeder og klip i denne mappe (valgfrit):</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="75" />
            <source>The other library is only read. Nothing is stored before you confirm.</source>
            <translation>Det andet bibliotek bliver kun læst. Intet gemmes, før du bekræfter.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="92" />
            <source>The other library</source>
            <translation>Det andet bibliotek</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="93" />
            <source>MediaDesk libraries and bundles (*.sqlite *.db *.zip *.mdbundle);;All files (*)</source>
            <translation>MediaDesk-biblioteker og -pakker (*.sqlite *.db *.zip *.mdbundle);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="98" />
            <source>Folder for the photos and clips</source>
            <translation>Mappe til billederne og klippene</translation>
        </message>
    </context>
    <context>
        <name>_RulesPage</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="59" />
            <source>Country rules and language</source>
            <translation>Landets regler og sprog</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="60" />
            <source>The age from which pupils sign for themselves depends on the country.</source>
            <translation>Den alder, fra hvilken elever selv underskriver, afhænger af landet.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="66" />
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
    </context>
    <context>
        <name>_RunPage</name>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="110" />
            <source>What the merge would do</source>
            <translation>Hvad fletningen vil gøre</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="111" />
            <source>Nothing has been stored yet. Check the list, then merge.</source>
            <translation>Intet er gemt endnu. Se listen igennem, og flet så.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="113" />
            <source>Merging</source>
            <translation>Fletter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="114" />
            <source>All or nothing: if it stops, this library stays as it was.</source>
            <translation>Alt eller intet: stopper det, forbliver dette bibliotek, som det var.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="151" />
            <source>Nothing can be merged until these conflicts are corrected in one of the two libraries.</source>
            <translation>Intet kan flettes, før disse konflikter er rettet i et af de to biblioteker.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="153" />
            <source>This library already holds everything of the other one.</source>
            <translation>Dette bibliotek indeholder allerede alt fra det andet.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="155" />
            <source>Merged.</source>
            <translation>Flettet.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="155" />
            <source>Nothing to merge.</source>
            <translation>Intet at flette.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="163" />
            <source>Stopped; nothing was stored.</source>
            <translation>Stoppet; intet blev gemt.</translation>
        </message>
    </context>
</TS>