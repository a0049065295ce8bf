<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AddPersonDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="682" />
            <source>Add a person</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="685" />
            <source>Until a consent form is recorded for them, a new person blocks every photo and clip they are on.</source>
            <translation>Until a consent form is recorded for them, a new person blocks every photo and clip they are on.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="693" />
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="695" />
            <source>Id in the school's admin system, or any unique id</source>
            <translation>Id in the school's admin system, or any unique id</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="700" />
            <source>Known</source>
            <translation>Known</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="711" />
            <source>Class, team or visiting school</source>
            <translation>Class, team or visiting school</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="712" />
            <source>Publication ban (never publish this person)</source>
            <translation>Publication ban (never publish this person)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="716" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="717" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="718" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="719" />
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="720" />
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="722" />
            <source>Guardian's name</source>
            <translation>Guardian's name</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="723" />
            <source>Guardian's e-mail</source>
            <translation>Guardian's e-mail</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="724" />
            <source>Guardian's phone</source>
            <translation>Guardian's phone</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="731" />
            <source>Enter the person's name.</source>
            <translation>Enter the person's name.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="734" />
            <source>Enter an id that no one else has.</source>
            <translation>Enter an id that no one else has.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../mediadesk/app.py" line="87" />
            <source>Preparing the demo library…</source>
            <translation>Preparing the demo library…</translation>
        </message>
    </context>
    <context>
        <name>AppState</name>
        <message>
            <location filename="../../mediadesk/gui/state.py" line="96" />
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
    </context>
    <context>
        <name>AssetDelegate</name>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/grid.py" line="216" />
            <source>%n face(s) open</source>
            <translation>
                <numerusform>%n face open</numerusform>
                <numerusform>%n faces open</numerusform>
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
            <translation>External ID of a person, e.g. S1042</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="394" />
            <source>Asset (ID or file)</source>
            <translation>Asset (ID or file)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="395" />
            <source>Asset id (its first characters are enough) or the path of its file</source>
            <translation>Asset id (its first characters are enough) or the path of its file</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="398" />
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="399" />
            <source>Start of the action name, e.g. consent or publication</source>
            <translation>Start of the action name, e.g. consent or publication</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="401" />
            <source>any day</source>
            <translation>any day</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="404" />
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="405" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="409" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="411" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="416" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="466" />
            <source>%1 entries</source>
            <translation>%1 entries</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="471" />
            <source>Export the audit log</source>
            <translation>Export the audit log</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="472" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>ClassesPage</name>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="177" />
            <source>Situation photos are deleted some weeks after their first publication (or after they were taken, when never published). Portraits are reviewed once the consent of someone on them ends. The archive keeps photos for good, with a reason. A photo follows its event's class.</source>
            <translation>Situation photos are deleted some weeks after their first publication (or after they were taken, when never published). Portraits are reviewed once the consent of someone on them ends. The archive keeps photos for good, with a reason. A photo follows its event's class.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="184" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="184" />
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="184" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="185" />
            <source>Photos and clips</source>
            <translation>Photos and clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="202" />
            <source>Reason (needed for the archive)</source>
            <translation>Reason (needed for the archive)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="203" />
            <source>Set for the event</source>
            <translation>Set for the event</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="209" />
            <source>Periods</source>
            <translation>Periods</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="213" />
            <source> weeks</source>
            <translation> weeks</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="216" />
            <source>No class: kept, never listed</source>
            <translation>No class: kept, never listed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="217" />
            <source>Save the periods</source>
            <translation>Save the periods</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="219" />
            <source>Situation photos are kept</source>
            <translation>Situation photos are kept</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="220" />
            <source>Class of photos whose event has none</source>
            <translation>Class of photos whose event has none</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="249" />
            <source>Retention class</source>
            <translation>Retention class</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="249" />
            <source>Choose an event in the list first.</source>
            <translation>Choose an event in the list first.</translation>
        </message>
    </context>
    <context>
        <name>ConsentFormDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="762" />
            <source>New consent form for %1</source>
            <translation>New consent form for %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="771" />
            <source>Name of the parent or guardian</source>
            <translation>Name of the parent or guardian</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="804" />
            <source>default (end of the school year)</source>
            <translation>default (end of the school year)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="810" />
            <source>(no event)</source>
            <translation>(no event)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="818" />
            <source>Allows automatic face matching (biometric data)</source>
            <translation>Allows automatic face matching (biometric data)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="823" />
            <source>e.g. v3 (2026)</source>
            <translation>e.g. v3 (2026)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="824" />
            <source>Drop the scan, photo or PDF of the form here</source>
            <translation>Drop the scan, photo or PDF of the form here</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="827" />
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="829" />
            <source>Sign on the screen…</source>
            <translation>Sign on the screen…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="830" />
            <source>At a fair or an open house: the signer signs right here</source>
            <translation>At a fair or an open house: the signer signs right here</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="842" />
            <source>Signed by</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="843" />
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="844" />
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="845" />
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="846" />
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="847" />
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="849" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/people.py" line="850" />
            <source>A guest's form ends on the last day of the event, or after %n day(s) when no event is chosen (see the settings).</source>
            <translation>
                <numerusform>A guest's form ends on the last day of the event, or after %n day when no event is chosen (see the settings).</numerusform>
                <numerusform>A guest's form ends on the last day of the event, or after %n days when no event is chosen (see the settings).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="856" />
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="858" />
            <source>Kind of form</source>
            <translation>Kind of form</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="859" />
            <source>Text version</source>
            <translation>Text version</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="860" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="865" />
            <source>Evidence of the form</source>
            <translation>Evidence of the form</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="866" />
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)</source>
            <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="906" />
            <source>Tick the channels and media first: the pupil is told where the photos go.</source>
            <translation>Tick the channels and media first: the pupil is told where the photos go.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="912" />
            <source>%1 has reached the age of consent (%2) and signs themselves.</source>
            <translation>%1 has reached the age of consent (%2) and signs themselves.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="916" />
            <source>Enter the name of the parent or guardian who signs first.</source>
            <translation>Enter the name of the parent or guardian who signs first.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="919" />
            <source>%1 is under the age of consent (%2): a parent or guardian signs. Choose the parent or guardian and enter their name.</source>
            <translation>%1 is under the age of consent (%2): a parent or guardian signs. Choose the parent or guardian and enter their name.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="975" />
            <source>Tick at least one channel.</source>
            <translation>Tick at least one channel.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="978" />
            <source>Tick at least one kind of media.</source>
            <translation>Tick at least one kind of media.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="981" />
            <source>Enter the name of the parent or guardian who signed.</source>
            <translation>Enter the name of the parent or guardian who signed.</translation>
        </message>
    </context>
    <context>
        <name>CoverPanel</name>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="43" />
            <source>Their faces are filled solid in the exported file</source>
            <translation>Their faces are filled solid in the exported file</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="44" />
            <location filename="../../mediadesk/gui/cover.py" line="85" />
            <location filename="../../mediadesk/gui/cover.py" line="122" />
            <source>Preparing the preview…</source>
            <translation>Preparing the preview…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="54" />
            <source>Move through the clip: the faces are covered in every frame of their track</source>
            <translation>Move through the clip: the faces are covered in every frame of their track</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/cover.py" line="82" />
            <source>Publish with %n face(s) covered</source>
            <translation>
                <numerusform>Publish with %n face covered</numerusform>
                <numerusform>Publish with %n faces covered</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="89" />
            <source>The plain clip stays blocked; only this covered copy may be published. Each face is filled in every frame of its track.</source>
            <translation>The plain clip stays blocked; only this covered copy may be published. Each face is filled in every frame of its track.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="99" />
            <source>The plain photo stays blocked; only this covered copy may be published.</source>
            <translation>The plain photo stays blocked; only this covered copy may be published.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/cover.py" line="151" />
            <source>No preview: %1</source>
            <translation>No preview: %1</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="65" />
            <source>For every channel:</source>
            <translation>For every channel:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="164" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="165" />
            <source>Open in the viewer to identify faces (Enter)</source>
            <translation>Open in the viewer to identify faces (Enter)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="166" />
            <location filename="../../mediadesk/gui/detail.py" line="244" />
            <source>People complete</source>
            <translation>People complete</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="167" />
            <source>Confirm that the list of people is complete (Ctrl+Return)</source>
            <translation>Confirm that the list of people is complete (Ctrl+Return)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="168" />
            <location filename="../../mediadesk/gui/detail.py" line="245" />
            <source>Block…</source>
            <translation>Block…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="169" />
            <source>Block this asset for every channel, with a reason (Ctrl+B)</source>
            <translation>Block this asset for every channel, with a reason (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="178" />
            <source>Select a photo or clip to see whether it may be published.</source>
            <translation>Select a photo or clip to see whether it may be published.</translation>
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
                <numerusform>%n channel</numerusform>
                <numerusform>%n channels</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="241" />
            <source>offline: the file is not where it was</source>
            <translation>offline: the file is not where it was</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="244" />
            <source>People confirmed</source>
            <translation>People confirmed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="245" />
            <source>Unblock</source>
            <translation>Unblock</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="248" />
            <source>May it be published?</source>
            <translation>May it be published?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="254" />
            <source>People on it</source>
            <translation>People on it</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="262" />
            <source>No one tagged yet. Listen to the recording (Review) and add every voice heard.</source>
            <translation>No one tagged yet. Listen to the recording (Review) and add every voice heard.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="265" />
            <source>No one tagged yet.</source>
            <translation>No one tagged yet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="269" />
            <source>%n face(s) found</source>
            <translation>
                <numerusform>%n face found</numerusform>
                <numerusform>%n faces found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="270" />
            <source>%n still to identify</source>
            <translation>
                <numerusform>%n still to identify</numerusform>
                <numerusform>%n still to identify</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="274" />
            <source>List confirmed complete by %1 on %2</source>
            <translation>List confirmed complete by %1 on %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="280" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="285" />
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="286" />
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="287" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="290" />
            <source>Dimensions</source>
            <translation>Dimensions</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="292" />
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="294" />
            <source>Sound</source>
            <translation>Sound</translation>
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
            <translation>The file names people or marks faces: check who is on it</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="300" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="300" />
            <source>A GPS position is in the file (exports leave it out)</source>
            <translation>A GPS position is in the file (exports leave it out)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="301" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="303" />
            <source>Also at</source>
            <translation>Also at</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="320" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="323" />
            <source>recorded by %1 on %2</source>
            <translation>recorded by %1 on %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="326" />
            <source>everyone on it must have consented</source>
            <translation>everyone on it must have consented</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="331" />
            <source>Legal basis…</source>
            <translation>Legal basis…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="334" />
            <source>A sound recording is published on consent only: voices are not situation photos</source>
            <translation>A sound recording is published on consent only: voices are not situation photos</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="336" />
            <source>Publish a situation photo or clip on legitimate interest or public task, with a reason</source>
            <translation>Publish a situation photo or clip on legitimate interest or public task, with a reason</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="357" />
            <source>Publish with faces covered</source>
            <translation>Publish with faces covered</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/detail.py" line="360" />
            <source>Publish with %n face(s) covered</source>
            <translation>
                <numerusform>Publish with %n face covered</numerusform>
                <numerusform>Publish with %n faces covered</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="361" />
            <source>Export a copy with these faces filled solid; the plain photo stays blocked</source>
            <translation>Export a copy with these faces filled solid; the plain photo stays blocked</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="362" />
            <source>Export a copy with these faces filled solid in every frame; the plain clip stays blocked</source>
            <translation>Export a copy with these faces filled solid in every frame; the plain clip stays blocked</translation>
        </message>
    </context>
    <context>
        <name>ExplanationPage</name>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="189" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="726" />
            <source>Exporting</source>
            <translation>Exporting</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="726" />
            <source>Writing the cleared photos and clips…</source>
            <translation>Writing the cleared photos and clips…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="727" />
            <source>Stop after the current file; nothing half-written is left</source>
            <translation>Stop after the current file; nothing half-written is left</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="729" />
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="560" />
            <source>Export for a channel</source>
            <translation>Export for a channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="567" />
            <source>The selected photos and clips (%1)</source>
            <translation>The selected photos and clips (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="568" />
            <source>An event</source>
            <translation>An event</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="569" />
            <source>Everything in the library</source>
            <translation>Everything in the library</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="590" />
            <source>Only what is cleared for the channel on this day is written</source>
            <translation>Only what is cleared for the channel on this day is written</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="591" />
            <source>Cover faces marked not identifiable</source>
            <translation>Cover faces marked not identifiable</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="592" />
            <source>A solid fill, which cannot be undone (unlike a blur)</source>
            <translation>A solid fill, which cannot be undone (unlike a blur)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="594" />
            <source>Choose a folder</source>
            <translation>Choose a folder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="595" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="600" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="601" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="602" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="603" />
            <source>Publish with the faces of people without consent covered</source>
            <translation>Publish with the faces of people without consent covered</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="604" />
            <source>A photo or clip blocked only by people on it is written with their faces filled solid (in every frame of a clip); the publication records who was covered</source>
            <translation>A photo or clip blocked only by people on it is written with their faces filled solid (in every frame of a clip); the publication records who was covered</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="605" />
            <source>Also cover faces nobody has identified</source>
            <translation>Also cover faces nobody has identified</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="611" />
            <source>Save in</source>
            <translation>Save in</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="623" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="651" />
            <source>Export to which folder?</source>
            <translation>Export to which folder?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="674" />
            <source>Choose a channel.</source>
            <translation>Choose a channel.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="677" />
            <source>Choose the folder to export to.</source>
            <translation>Choose the folder to export to.</translation>
        </message>
    </context>
    <context>
        <name>ExportReportDialog</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="686" />
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="689" />
            <source>Written: %1 · Not written: %2</source>
            <translation>Written: %1 · Not written: %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="692" />
            <source>The export was cancelled.</source>
            <translation>The export was cancelled.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="698" />
            <location filename="../../mediadesk/gui/publishing.py" line="703" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="698" />
            <source>Written as</source>
            <translation>Written as</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="698" />
            <source>Covered</source>
            <translation>Covered</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="703" />
            <source>Why not</source>
            <translation>Why not</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="706" />
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="707" />
            <source>Not written</source>
            <translation>Not written</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="711" />
            <source>Folder: %1</source>
            <translation>Folder: %1</translation>
        </message>
    </context>
    <context>
        <name>FaceCanvas</name>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="154" />
            <source>Drag a box around the face (Esc to stop)</source>
            <translation>Drag a box around the face (Esc to stop)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="160" />
            <source>%1?</source>
            <translation>%1?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="162" />
            <source>not identifiable</source>
            <translation>not identifiable</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="163" />
            <source>who is this?</source>
            <translation>who is this?</translation>
        </message>
    </context>
    <context>
        <name>FaceModeBox</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="49" />
            <source>Faces</source>
            <translation>Faces</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="54" />
            <source>MediaDesk does not look for faces. Staff tag people and draw face boxes by hand.</source>
            <translation>MediaDesk does not look for faces. Staff tag people and draw face boxes by hand.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="55" />
            <source>MediaDesk finds faces and draws a box around each one. Staff say who each face is; nothing is stored about what faces look like.</source>
            <translation>MediaDesk finds faces and draws a box around each one. Staff say who each face is; nothing is stored about what faces look like.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="56" />
            <source>MediaDesk also suggests who a face is, using reference photos of people who consented to face matching. This is biometric data, so it needs a data protection impact assessment (DPIA) first.</source>
            <translation>MediaDesk also suggests who a face is, using reference photos of people who consented to face matching. This is biometric data, so it needs a data protection impact assessment (DPIA) first.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="72" />
            <source>e.g. DPIA-2026-04</source>
            <translation>e.g. DPIA-2026-04</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="75" />
            <source>DPIA reference</source>
            <translation>DPIA reference</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="76" />
            <source>DPIA date</source>
            <translation>DPIA date</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="102" />
            <source>Face matching needs the reference and date of your DPIA.</source>
            <translation>Face matching needs the reference and date of your DPIA.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="193" />
            <location filename="../../mediadesk/gui/mainwindow.py" line="221" />
            <source>Search file names…</source>
            <translation>Search file names…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="208" />
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="213" />
            <source>Faces to identify</source>
            <translation>Faces to identify</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="214" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="216" />
            <source>Save this filter in the sidebar</source>
            <translation>Save this filter in the sidebar</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="217" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="218" />
            <source>Show everything again</source>
            <translation>Show everything again</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="221" />
            <source>Event</source>
            <translation>Event</translation>
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
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="230" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="231" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="259" />
            <source>any day</source>
            <translation>any day</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="271" />
            <source>All events</source>
            <translation>All events</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="275" />
            <source>Photos and clips</source>
            <translation>Photos and clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="283" />
            <source>Any channel</source>
            <translation>Any channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="287" />
            <source>Any verdict</source>
            <translation>Any verdict</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="93" />
            <source>MediaDesk: new library</source>
            <translation>MediaDesk: new library</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="100" />
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="100" />
            <source>Reading photos and clips…</source>
            <translation>Reading photos and clips…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="101" />
            <source>Stop after the current file; what is done so far is kept</source>
            <translation>Stop after the current file; what is done so far is kept</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="103" />
            <source>Import failed</source>
            <translation>Import failed</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="39" />
            <source>Import report</source>
            <translation>Import report</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="47" />
            <source>Imported (%n)</source>
            <translation>
                <numerusform>Imported (%n)</numerusform>
                <numerusform>Imported (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="48" />
            <source>Already known (%n)</source>
            <translation>
                <numerusform>Already known (%n)</numerusform>
                <numerusform>Already known (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="49" />
            <source>Re-linked (%n)</source>
            <translation>
                <numerusform>Re-linked (%n)</numerusform>
                <numerusform>Re-linked (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="50" />
            <source>Rejected (%n)</source>
            <translation>
                <numerusform>Rejected (%n)</numerusform>
                <numerusform>Rejected (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="61" />
            <source>%n new photo(s) or clip(s) imported.</source>
            <translation>
                <numerusform>%n new photo or clip imported.</numerusform>
                <numerusform>%n new photos or clips imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="63" />
            <source>%n file(s) could not be read.</source>
            <translation>
                <numerusform>%n file could not be read.</numerusform>
                <numerusform>%n files could not be read.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="65" />
            <source>The import was cancelled; what was read is kept.</source>
            <translation>The import was cancelled; what was read is kept.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="71" />
            <location filename="../../mediadesk/gui/importing.py" line="72" />
            <location filename="../../mediadesk/gui/importing.py" line="73" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="71" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="72" />
            <source>Was at</source>
            <translation>Was at</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="73" />
            <source>Why</source>
            <translation>Why</translation>
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
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="19" />
            <source>Intranet</source>
            <translation>Intranet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="25" />
            <source>Cleared</source>
            <translation>Cleared</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="25" />
            <source>Needs review</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="25" />
            <source>Blocked</source>
            <translation>Blocked</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="29" />
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="29" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="29" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="33" />
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="33" />
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="33" />
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="38" />
            <source>Valid consent</source>
            <translation>Valid consent</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="38" />
            <location filename="../../mediadesk/gui/labels.py" line="45" />
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="38" />
            <location filename="../../mediadesk/gui/labels.py" line="45" />
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="39" />
            <source>No consent</source>
            <translation>No consent</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="39" />
            <source>Publication ban</source>
            <translation>Publication ban</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="45" />
            <source>In force</source>
            <translation>In force</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="46" />
            <source>Not yet valid</source>
            <translation>Not yet valid</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="46" />
            <source>Replaced by a newer form</source>
            <translation>Replaced by a newer form</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="51" />
            <source>The person themselves</source>
            <translation>The person themselves</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="51" />
            <source>Parent or guardian</source>
            <translation>Parent or guardian</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="55" />
            <source>Paper form</source>
            <translation>Paper form</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="55" />
            <source>Digital form</source>
            <translation>Digital form</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="55" />
            <source>Signed on site</source>
            <translation>Signed on site</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="56" />
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="60" />
            <source>Not identified</source>
            <translation>Not identified</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="60" />
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="61" />
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="61" />
            <source>Not identifiable</source>
            <translation>Not identifiable</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="65" />
            <source>Off: tag people by hand</source>
            <translation>Off: tag people by hand</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="65" />
            <source>Find faces</source>
            <translation>Find faces</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="66" />
            <source>Find and suggest people</source>
            <translation>Find and suggest people</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="70" />
            <source>Denmark (15)</source>
            <translation>Denmark (15)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="70" />
            <source>Netherlands (16)</source>
            <translation>Netherlands (16)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="70" />
            <source>EU default (16)</source>
            <translation>EU default (16)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="71" />
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="100" />
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="101" />
            <source>Legitimate interest</source>
            <translation>Legitimate interest</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/labels.py" line="102" />
            <source>Public task</source>
            <translation>Public task</translation>
        </message>
    </context>
    <context>
        <name>LegalBasisDialog</name>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="39" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="42" />
            <source>A photo or clip of a situation where no one is the focus may be published on a documented basis other than consent. A publication ban, an objection or a withdrawal still blocks it.</source>
            <translation>A photo or clip of a situation where no one is the focus may be published on a documented basis other than consent. A publication ban, an objection or a withdrawal still blocks it.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="58" />
            <source>e.g. situation photo of the sports day, no one in focus</source>
            <translation>e.g. situation photo of the sports day, no one in focus</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="60" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="410" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/mainwindow.py" line="421" />
            <source>%n photo(s) and clip(s)</source>
            <translation>
                <numerusform>%n photo or clip</numerusform>
                <numerusform>%n photos and clips</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="425" />
            <source>Nothing matches this filter.</source>
            <translation>Nothing matches this filter.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="426" />
            <source>No photos or clips here yet. Drag photos, clips or folders onto this window, or use Import folder.</source>
            <translation>No photos or clips here yet. Drag photos, clips or folders onto this window, or use Import folder.</translation>
        </message>
    </context>
    <context>
        <name>LogRequestDialog</name>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="57" />
            <source>Request or complaint of %1</source>
            <translation>Request or complaint of %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="60" />
            <source>Logged for the data protection officer. The school answers within one month.</source>
            <translation>Logged for the data protection officer. The school answers within one month.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="72" />
            <source>What was asked, by whom, how it came in</source>
            <translation>What was asked, by whom, how it came in</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="74" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="75" />
            <source>Received on</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="76" />
            <source>What was asked</source>
            <translation>What was asked</translation>
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
            <translation>Import &amp;files…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="521" />
            <location filename="../../mediadesk/gui/mainwindow.py" line="916" />
            <source>Import photos and clips</source>
            <translation>Import photos and clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="522" />
            <source>Import f&amp;older…</source>
            <translation>Import f&amp;older…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="523" />
            <source>Import every photo and clip in a folder</source>
            <translation>Import every photo and clip in a folder</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="524" />
            <source>&amp;Quick check…</source>
            <translation>&amp;Quick check…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="525" />
            <source>Check one photo or clip before posting</source>
            <translation>Check one photo or clip before posting</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="526" />
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="527" />
            <source>Profile, channels, face mode, language</source>
            <translation>Profile, channels, face mode, language</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="531" />
            <source>&amp;Requests and complaints…</source>
            <translation>&amp;Requests and complaints…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="532" />
            <source>The requests and complaints about people's data, for the DPO</source>
            <translation>The requests and complaints about people's data, for the DPO</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="533" />
            <source>Yearly &amp;renewal…</source>
            <translation>Yearly &amp;renewal…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="534" />
            <source>Whom to ask for consent again for a school year, forms, what came back</source>
            <translation>Whom to ask for consent again for a school year, forms, what came back</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="535" />
            <source>&amp;Due for deletion…</source>
            <translation>&amp;Due for deletion…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="536" />
            <source>Photos and clips whose retention period has passed, or to review</source>
            <translation>Photos and clips whose retention period has passed, or to review</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="537" />
            <source>Import &amp;people list (CSV, Excel)…</source>
            <translation>Import &amp;people list (CSV, Excel)…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="539" />
            <source>People from the school's admin system: id, name, role, birth date, group</source>
            <translation>People from the school's admin system: id, name, role, birth date, group</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="540" />
            <source>Import &amp;consent forms (CSV)…</source>
            <translation>Import &amp;consent forms (CSV)…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="542" />
            <source>Signed forms from the school's admin system or a form tool</source>
            <translation>Signed forms from the school's admin system or a form tool</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="543" />
            <source>&amp;Merge a library…</source>
            <translation>&amp;Merge a library…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="544" />
            <source>Bring a laptop's library (for example from a fair) into this one</source>
            <translation>Bring a laptop's library (for example from a fair) into this one</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="545" />
            <source>Look for &amp;faces not yet looked for</source>
            <translation>Look for &amp;faces not yet looked for</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="546" />
            <source>Photos and clips whose face scan was stopped or failed</source>
            <translation>Photos and clips whose face scan was stopped or failed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="547" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="548" />
            <source>&amp;Library</source>
            <translation>&amp;Library</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="549" />
            <source>&amp;People</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="550" />
            <source>People and their consent</source>
            <translation>People and their consent</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="551" />
            <source>&amp;Review in viewer</source>
            <translation>&amp;Review in viewer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="552" />
            <source>Open the selected asset to identify faces</source>
            <translation>Open the selected asset to identify faces</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="553" />
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="554" />
            <source>Next photo or clip</source>
            <translation>Next photo or clip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="555" />
            <source>Pre&amp;vious</source>
            <translation>Pre&amp;vious</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="556" />
            <source>Previous photo or clip</source>
            <translation>Previous photo or clip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="557" />
            <source>&amp;Confirm people complete</source>
            <translation>&amp;Confirm people complete</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="559" />
            <source>Everyone on it is tagged or marked not identifiable</source>
            <translation>Everyone on it is tagged or marked not identifiable</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="560" />
            <source>&amp;Block with a reason…</source>
            <translation>&amp;Block with a reason…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="562" />
            <source>Block for every channel</source>
            <translation>Block for every channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="563" />
            <source>&amp;Export for a channel…</source>
            <translation>&amp;Export for a channel…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="564" />
            <source>Write the cleared photos and clips for one channel, without metadata</source>
            <translation>Write the cleared photos and clips for one channel, without metadata</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="565" />
            <source>P&amp;ublishing</source>
            <translation>P&amp;ublishing</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="566" />
            <source>Takedown list, publications, consent overview, audit log</source>
            <translation>Takedown list, publications, consent overview, audit log</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="567" />
            <source>Back to the &amp;grid</source>
            <translation>Back to the &amp;grid</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="573" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="589" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="594" />
            <source>&amp;Review</source>
            <translation>&amp;Review</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="608" />
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="626" />
            <source>Library: %1 · Age of consent %2 · Faces: %3</source>
            <translation>Library: %1 · Age of consent %2 · Faces: %3</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="668" />
            <source>Import people list</source>
            <translation>Import people list</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="668" />
            <source>Import consent forms</source>
            <translation>Import consent forms</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="669" />
            <source>Exports (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Exports (*.csv *.txt *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="670" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="678" />
            <source>%1 added, %2 updated, %3 unchanged.</source>
            <translation>%1 added, %2 updated, %3 unchanged.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="680" />
            <source>%1 forms added, %4 withdrawals added, %3 unchanged.</source>
            <translation>%1 forms added, %4 withdrawals added, %3 unchanged.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="690" />
            <source>Nothing was imported from this file:</source>
            <translation>Nothing was imported from this file:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="717" />
            <source>an Excel workbook (.xlsx)</source>
            <translation>an Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="719" />
            <source>comma</source>
            <translation>comma</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="719" />
            <source>semicolon</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="719" />
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="720" />
            <source>%1 text, separated by %2</source>
            <translation>%1 text, separated by %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="721" />
            <source>The file was read as %1.</source>
            <translation>The file was read as %1.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="723" />
            <source>Columns matched with: %1.</source>
            <translation>Columns matched with: %1.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="773" />
            <source>Save filter</source>
            <translation>Save filter</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="773" />
            <source>Name of this filter:</source>
            <translation>Name of this filter:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="827" />
            <source>Nobody tagged</source>
            <translation>Nobody tagged</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="828" />
            <source>Nobody is tagged in this recording. Can no one at all be heard in it?

Every pupil whose voice is heard must be tagged: their consent for sound recordings is checked.</source>
            <translation>Nobody is tagged in this recording. Can no one at all be heard in it?

Every pupil whose voice is heard must be tagged: their consent for sound recordings is checked.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="833" />
            <source>People list confirmed complete.</source>
            <translation>People list confirmed complete.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="841" />
            <source>Unblock</source>
            <translation>Unblock</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="841" />
            <source>Blocked because: %1

Unblock it?</source>
            <translation>Blocked because: %1

Unblock it?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="845" />
            <source>Block</source>
            <translation>Block</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="845" />
            <source>Why may this not be published?</source>
            <translation>Why may this not be published?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="917" />
            <source>Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)</source>
            <translation>Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="922" />
            <source>Import a folder</source>
            <translation>Import a folder</translation>
        </message>
    </context>
    <context>
        <name>MergeWizard</name>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="181" />
            <source>Merge a library</source>
            <translation>Merge a library</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="189" />
            <location filename="../../mediadesk/gui/merging.py" line="196" />
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="196" />
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
    </context>
    <context>
        <name>ObjectionDialog</name>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="88" />
            <source>Record an objection</source>
            <translation>Record an objection</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="91" />
            <source>%1 objects to being published. Every photo and clip with %1 on it is blocked from that day on, on every legal basis, until the objection is withdrawn.</source>
            <translation>%1 objects to being published. Every photo and clip with %1 on it is blocked from that day on, on every legal basis, until the objection is withdrawn.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="99" />
            <source>Objects from</source>
            <translation>Objects from</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="101" />
            <source>Every channel</source>
            <translation>Every channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="110" />
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="112" />
            <source>e.g. the parent wrote to the office</source>
            <translation>e.g. the parent wrote to the office</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="114" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/basis.py" line="135" />
            <source>Tick at least one channel, or every channel.</source>
            <translation>Tick at least one channel, or every channel.</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="309" />
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="310" />
            <source>Look ahead this many days for forms that end and pupils who come of age</source>
            <translation>Look ahead this many days for forms that end and pupils who come of age</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="311" />
            <source>Save as CSV…</source>
            <translation>Save as CSV…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="312" />
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="313" />
            <source>Look ahead</source>
            <translation>Look ahead</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="318" />
            <source>Ending soon</source>
            <translation>Ending soon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="319" />
            <source>No consent</source>
            <translation>No consent</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="349" />
            <source>No group</source>
            <translation>No group</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="357" />
            <source>Reach the age of consent soon (ask them themselves from then on): %1</source>
            <translation>Reach the age of consent soon (ask them themselves from then on): %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="358" />
            <source>Nobody reaches the age of consent in this period.</source>
            <translation>Nobody reaches the age of consent in this period.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="367" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="367" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="368" />
            <source>Save the consent overview</source>
            <translation>Save the consent overview</translation>
        </message>
    </context>
    <context>
        <name>PeopleMappingDialog</name>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="89" />
            <source>Import people list: match the columns</source>
            <translation>Import people list: match the columns</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="100" />
            <source>Admin system</source>
            <translation>Admin system</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="102" />
            <source>Choose the columns below</source>
            <translation>Choose the columns below</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="106" />
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="121" />
            <source>(not in the file)</source>
            <translation>(not in the file)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="137" />
            <source>automatic (YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY)</source>
            <translation>automatic (YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="143" />
            <source>Save this mapping as</source>
            <translation>Save this mapping as</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="145" />
            <source>e.g. Magister, our school</source>
            <translation>e.g. Magister, our school</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="150" />
            <source>Birth date format</source>
            <translation>Birth date format</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="151" />
            <source>Role when no column gives it</source>
            <translation>Role when no column gives it</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="156" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="177" />
            <source>Pupil or staff number</source>
            <translation>Pupil or staff number</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="178" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="179" />
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="180" />
            <source>Surname prefix</source>
            <translation>Surname prefix</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="181" />
            <source>Surname</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="182" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="183" />
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="184" />
            <source>Class or group</source>
            <translation>Class or group</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="185" />
            <source>Publication ban</source>
            <translation>Publication ban</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="186" />
            <source>Guardian's name</source>
            <translation>Guardian's name</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="187" />
            <source>Guardian's e-mail</source>
            <translation>Guardian's e-mail</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="188" />
            <source>Guardian's phone</source>
            <translation>Guardian's phone</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="194" />
            <source>Read as an Excel workbook (.xlsx).</source>
            <translation>Read as an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="196" />
            <source>comma</source>
            <translation>comma</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="196" />
            <source>semicolon</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="196" />
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="197" />
            <source>Read as %1 text, separated by %2.</source>
            <translation>Read as %1 text, separated by %2.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="198" />
            <source>%1 — %2 The first rows:</source>
            <translation>%1 — %2 The first rows:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importmap.py" line="242" />
            <source>Enter a name for the saved mapping.</source>
            <translation>Enter a name for the saved mapping.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="83" />
            <source>Assets</source>
            <translation>Assets</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="159" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="162" />
            <source>Search name, group or id…</source>
            <translation>Search name, group or id…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="189" />
            <source>Add person…</source>
            <translation>Add person…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="190" />
            <source>Add a person by hand, e.g. a visiting pupil</source>
            <translation>Add a person by hand, e.g. a visiting pupil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="223" />
            <source>Any consent state</source>
            <translation>Any consent state</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="227" />
            <source>Every group</source>
            <translation>Every group</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="343" />
            <source>Add consent form…</source>
            <translation>Add consent form…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="345" />
            <source>Withdraw consent…</source>
            <translation>Withdraw consent…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="347" />
            <source>Withdraw every form of this person at once</source>
            <translation>Withdraw every form of this person at once</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="348" />
            <source>Publication ban</source>
            <translation>Publication ban</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="349" />
            <source>Never publish this person, whatever any form says (protected identity, custody order)</source>
            <translation>Never publish this person, whatever any form says (protected identity, custody order)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="350" />
            <source>Enrol reference faces…</source>
            <translation>Enrol reference faces…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="351" />
            <source>Report for parent (PDF)…</source>
            <translation>Report for parent (PDF)…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="352" />
            <source>Everything stored about this person: forms, photos and clips, publications</source>
            <translation>Everything stored about this person: forms, photos and clips, publications</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="353" />
            <source>Log a request or complaint…</source>
            <translation>Log a request or complaint…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="354" />
            <source>For the data protection officer: access, erasure, objection, complaint</source>
            <translation>For the data protection officer: access, erasure, objection, complaint</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="355" />
            <source>Erase personal data…</source>
            <translation>Erase personal data…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="356" />
            <source>Right to be forgotten: remove this person's name, tags and face data</source>
            <translation>Right to be forgotten: remove this person's name, tags and face data</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="374" />
            <source>Objections</source>
            <translation>Objections</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="379" />
            <source>Record an objection…</source>
            <translation>Record an objection…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="380" />
            <source>The person objects to being published: blocks them on every legal basis</source>
            <translation>The person objects to being published: blocks them on every legal basis</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="390" />
            <source>Photos and clips</source>
            <translation>Photos and clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="391" />
            <source>Choose a person on the left.</source>
            <translation>Choose a person on the left.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="400" />
            <source>Consent history</source>
            <translation>Consent history</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="443" />
            <source>born %1</source>
            <translation>born %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="446" />
            <source>Guardian: %1</source>
            <translation>Guardian: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="453" />
            <source>for %1</source>
            <translation>for %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="462" />
            <source>No consent form recorded. Until one is, this person blocks every asset they are on.</source>
            <translation>No consent form recorded. Until one is, this person blocks every asset they are on.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="472" />
            <source>Reference faces can only be enrolled when face matching is switched on in the settings.</source>
            <translation>Reference faces can only be enrolled when face matching is switched on in the settings.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="474" />
            <source>Reference faces need a consent form in force that allows face matching.</source>
            <translation>Reference faces need a consent form in force that allows face matching.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="479" />
            <source>Photos and clips (%1)</source>
            <translation>Photos and clips (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="487" />
            <source>No objection in force.</source>
            <translation>No objection in force.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="492" />
            <source>every channel</source>
            <translation>every channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="493" />
            <source>From %1, %2</source>
            <translation>From %1, %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="496" />
            <source>(recorded by %1)</source>
            <translation>(recorded by %1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="501" />
            <location filename="../../mediadesk/gui/people.py" line="524" />
            <source>Withdraw objection</source>
            <translation>Withdraw objection</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="502" />
            <source>The person no longer objects: from today the usual rules apply again</source>
            <translation>The person no longer objects: from today the usual rules apply again</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="525" />
            <source>Does %1 no longer object to being published? From today the usual rules apply to them again.</source>
            <translation>Does %1 no longer object to being published? From today the usual rules apply to them again.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="570" />
            <source>Lift publication ban</source>
            <translation>Lift publication ban</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="571" />
            <source>Why may %1 be published again? (recorded in the audit log)</source>
            <translation>Why may %1 be published again? (recorded in the audit log)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="587" />
            <source>Choose photos of %1's face</source>
            <translation>Choose photos of %1's face</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="588" />
            <source>Photos (*.jpg *.jpeg *.png *.heic)</source>
            <translation>Photos (*.jpg *.jpeg *.png *.heic)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="594" />
            <source>Reference faces</source>
            <translation>Reference faces</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/people.py" line="595" />
            <source>%n reference photo(s) enrolled.</source>
            <translation>
                <numerusform>%n reference photo enrolled.</numerusform>
                <numerusform>%n reference photos enrolled.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="605" />
            <source>Save the report for %1</source>
            <translation>Save the report for %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="606" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="641" />
            <source>Erase personal data</source>
            <translation>Erase personal data</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="642" />
            <source>Erase %1 (%2)? Their name, tags, face data and suggestions are removed for good. Every photo and clip they are on must be reviewed again. Their consent forms are kept for the dispute period only. This cannot be undone.</source>
            <translation>Erase %1 (%2)? Their name, tags, face data and suggestions are removed for good. Every photo and clip they are on must be reviewed again. Their consent forms are kept for the dispute period only. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="652" />
            <source>Personal data erased</source>
            <translation>Personal data erased</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/people.py" line="653" />
            <source>%n photo(s) or clip(s) must be reviewed again.</source>
            <translation>
                <numerusform>%n photo or clip must be reviewed again.</numerusform>
                <numerusform>%n photos or clips must be reviewed again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="215" />
            <source>Who is this?</source>
            <translation>Who is this?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="220" />
            <source>Looks like %1</source>
            <translation>Looks like %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="222" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="223" />
            <source>Accept the suggestion (A)</source>
            <translation>Accept the suggestion (A)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="224" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="225" />
            <source>Reject the suggestion (R)</source>
            <translation>Reject the suggestion (R)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="232" />
            <source>Type a name or group…</source>
            <translation>Type a name or group…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="239" />
            <source>Not identifiable</source>
            <translation>Not identifiable</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="240" />
            <source>Back of a head, blurred, far away (N)</source>
            <translation>Back of a head, blurred, far away (N)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="242" />
            <source>New person…</source>
            <translation>New person…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="243" />
            <source>Someone who is not in the list yet, e.g. a visiting pupil</source>
            <translation>Someone who is not in the list yet, e.g. a visiting pupil</translation>
        </message>
    </context>
    <context>
        <name>ProfileBox</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="117" />
            <source>years</source>
            <translation>years</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="120" />
            <source>Below this age a parent or guardian signs the consent form.</source>
            <translation>Below this age a parent or guardian signs the consent form.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="123" />
            <source>Country rules</source>
            <translation>Country rules</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="124" />
            <source>Age of consent</source>
            <translation>Age of consent</translation>
        </message>
    </context>
    <context>
        <name>ProgressJob</name>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="109" />
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="42" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="56" />
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="56" />
            <source>frame %1 of %2</source>
            <translation>frame %1 of %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="60" />
            <source>Looking for faces…</source>
            <translation>Looking for faces…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="62" />
            <source>Covering faces in every frame…</source>
            <translation>Covering faces in every frame…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/jobs.py" line="63" />
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
    <context>
        <name>PublicationsView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="192" />
            <location filename="../../mediadesk/gui/publishing.py" line="194" />
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="193" />
            <source>Show undone records</source>
            <translation>Show undone records</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>Published on</source>
            <translation>Published on</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="198" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="199" />
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="199" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="199" />
            <source>Covered</source>
            <translation>Covered</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="201" />
            <source>Record publication…</source>
            <translation>Record publication…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="202" />
            <source>Record by hand that the photo or clip selected in the library was published on the chosen channel</source>
            <translation>Record by hand that the photo or clip selected in the library was published on the chosen channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="203" />
            <source>Undo record…</source>
            <translation>Undo record…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="204" />
            <source>The record was a mistake: keep it, marked undone, with a reason</source>
            <translation>The record was a mistake: keep it, marked undone, with a reason</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="224" />
            <source>Any channel</source>
            <translation>Any channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="237" />
            <source>Undone: %1</source>
            <translation>Undone: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="239" />
            <source>Taken down on %1</source>
            <translation>Taken down on %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="240" />
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="262" />
            <location filename="../../mediadesk/gui/publishing.py" line="265" />
            <source>Record publication</source>
            <translation>Record publication</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="263" />
            <source>Select the photo or clip in the library and choose the channel above, then record it.</source>
            <translation>Select the photo or clip in the library and choose the channel above, then record it.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="266" />
            <source>Where was it published? (web address or a note)</source>
            <translation>Where was it published? (web address or a note)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="284" />
            <source>Undo publication record</source>
            <translation>Undo publication record</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="285" />
            <source>Why was this record a mistake?</source>
            <translation>Why was this record a mistake?</translation>
        </message>
    </context>
    <context>
        <name>Publishing</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="546" />
            <source>unidentified face</source>
            <translation>unidentified face</translation>
        </message>
    </context>
    <context>
        <name>PublishingPage</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="499" />
            <source>Takedown</source>
            <translation>Takedown</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="500" />
            <source>Publications</source>
            <translation>Publications</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="501" />
            <source>Consent overview</source>
            <translation>Consent overview</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="502" />
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
    </context>
    <context>
        <name>QuickCheck</name>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="104" />
            <source>OK to post</source>
            <translation>OK to post</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="105" />
            <source>Check first</source>
            <translation>Check first</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/detail.py" line="106" />
            <source>Do not post</source>
            <translation>Do not post</translation>
        </message>
    </context>
    <context>
        <name>QuickCheckPage</name>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="76" />
            <source>Quick check</source>
            <translation>Quick check</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="78" />
            <source>About to post a photo or clip? Drop it here and see at once where it may go.</source>
            <translation>About to post a photo or clip? Drop it here and see at once where it may go.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="81" />
            <source>Drop one photo or clip here</source>
            <translation>Drop one photo or clip here</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="83" />
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="92" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="93" />
            <source>Stop the check; the file stays in the library, to be checked later</source>
            <translation>Stop the check; the file stays in the library, to be checked later</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="120" />
            <source>Choose a photo or clip</source>
            <translation>Choose a photo or clip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="121" />
            <source>Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)</source>
            <translation>Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="127" />
            <source>Checking %1…</source>
            <translation>Checking %1…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="150" />
            <source>Looking for faces in %1: second %2 of %3…</source>
            <translation>Looking for faces in %1: second %2 of %3…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="153" />
            <source>Looking for faces in %1…</source>
            <translation>Looking for faces in %1…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="164" />
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="170" />
            <source>Check stopped. %1 is not checked; drop it again to check it.</source>
            <translation>Check stopped. %1 is not checked; drop it again to check it.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="173" />
            <source>This file cannot be checked: %1</source>
            <translation>This file cannot be checked: %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="205" />
            <source>Review faces and people</source>
            <translation>Review faces and people</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="227" />
            <source>Good to go: you may post this on every channel.</source>
            <translation>Good to go: you may post this on every channel.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="229" />
            <source>Do not post this anywhere.</source>
            <translation>Do not post this anywhere.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="231" />
            <source>Not yet: someone must check the people on it first.</source>
            <translation>Not yet: someone must check the people on it first.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/quickcheck.py" line="232" />
            <source>Only post this where it says “OK to post”.</source>
            <translation>Only post this where it says “OK to post”.</translation>
        </message>
    </context>
    <context>
        <name>RenewalDialog</name>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="52" />
            <location filename="../../mediadesk/gui/renewal.py" line="259" />
            <source>Yearly renewal</source>
            <translation>Yearly renewal</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="57" />
            <source>School year</source>
            <translation>School year</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="63" />
            <source>The school year to ask for, like 2027/28</source>
            <translation>The school year to ask for, like 2027/28</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="65" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>Pupil</source>
            <translation>Pupil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>School ID</source>
            <translation>School ID</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>Why ask</source>
            <translation>Why ask</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="77" />
            <source>Signs</source>
            <translation>Signs</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="78" />
            <location filename="../../mediadesk/gui/renewal.py" line="104" />
            <source>Form back</source>
            <translation>Form back</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="90" />
            <source>Per class</source>
            <translation>Per class</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>To ask now</source>
            <translation>To ask now</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>Asked in the round</source>
            <translation>Asked in the round</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="93" />
            <source>Forms back</source>
            <translation>Forms back</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="94" />
            <source>Return rate</source>
            <translation>Return rate</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="101" />
            <source>Start round</source>
            <translation>Start round</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="102" />
            <source>Record each pupil listed as asked; again later, it adds the pupils listed since</source>
            <translation>Record each pupil listed as asked; again later, it adds the pupils listed since</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="105" />
            <source>Mark the forms of the chosen pupils as returned</source>
            <translation>Mark the forms of the chosen pupils as returned</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="107" />
            <source>Not back</source>
            <translation>Not back</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="108" />
            <source>Mark the forms of the chosen pupils as not returned</source>
            <translation>Mark the forms of the chosen pupils as not returned</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="110" />
            <source>Print forms…</source>
            <translation>Print forms…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="111" />
            <source>A PDF consent form for each pupil whose form is not back yet</source>
            <translation>A PDF consent form for each pupil whose form is not back yet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="113" />
            <source>Mail merge file…</source>
            <translation>Mail merge file…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="114" />
            <source>A CSV file for the school's own mail system</source>
            <translation>A CSV file for the school's own mail system</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="165" />
            <source>the pupil</source>
            <translation>the pupil</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="165" />
            <source>parent or guardian</source>
            <translation>parent or guardian</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="168" />
            <location filename="../../mediadesk/gui/renewal.py" line="182" />
            <location filename="../../mediadesk/gui/renewal.py" line="210" />
            <source>(no class)</source>
            <translation>(no class)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="183" />
            <source>asked in the round; a form that counts is recorded</source>
            <translation>asked in the round; a form that counts is recorded</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="198" />
            <source>not asked yet</source>
            <translation>not asked yet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="199" />
            <source>back %1</source>
            <translation>back %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="199" />
            <source>not back</source>
            <translation>not back</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="220" />
            <source>Forms ending by %1 · %2 to ask · %3 withdrawn (not asked again automatically)</source>
            <translation>Forms ending by %1 · %2 to ask · %3 withdrawn (not asked again automatically)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="224" />
            <source>the round has not started</source>
            <translation>the round has not started</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="227" />
            <source>round: %1 of %2 forms back (%3)</source>
            <translation>round: %1 of %2 forms back (%3)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="249" />
            <source>Round %1: %2 pupil(s) asked now, %3 asked before.</source>
            <translation>Round %1: %2 pupil(s) asked now, %3 asked before.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="259" />
            <source>Choose pupils in the list first.</source>
            <translation>Choose pupils in the list first.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="282" />
            <source>Folder for the forms</source>
            <translation>Folder for the forms</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="287" />
            <source>%1 form(s) written to %2</source>
            <translation>%1 form(s) written to %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="291" />
            <source>Mail merge file</source>
            <translation>Mail merge file</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="292" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/renewal.py" line="297" />
            <source>%1 row(s) written to %2</source>
            <translation>%1 row(s) written to %2</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="36" />
            <source>Access to the data</source>
            <translation>Access to the data</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="37" />
            <source>Erasure</source>
            <translation>Erasure</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="38" />
            <source>Objection</source>
            <translation>Objection</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="39" />
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="40" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>RequestsDialog</name>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="95" />
            <source>Requests and complaints</source>
            <translation>Requests and complaints</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="99" />
            <source>Only open ones</source>
            <translation>Only open ones</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="104" />
            <source>Close request…</source>
            <translation>Close request…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Answer by</source>
            <translation>Answer by</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="110" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="111" />
            <source>What was asked</source>
            <translation>What was asked</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="111" />
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="136" />
            <source>(erased)</source>
            <translation>(erased)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="137" />
            <source>closed %1</source>
            <translation>closed %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="138" />
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="138" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="146" />
            <source>No open requests.</source>
            <translation>No open requests.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="147" />
            <source>No requests logged.</source>
            <translation>No requests logged.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="157" />
            <location filename="../../mediadesk/gui/requests.py" line="159" />
            <source>Close request</source>
            <translation>Close request</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="157" />
            <source>Choose a request in the list first.</source>
            <translation>Choose a request in the list first.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/requests.py" line="159" />
            <source>How was it handled?</source>
            <translation>How was it handled?</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="162" />
            <source>Situation photos</source>
            <translation>Situation photos</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="163" />
            <source>Portraits</source>
            <translation>Portraits</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="164" />
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="165" />
            <source>None (the library's default)</source>
            <translation>None (the library's default)</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="55" />
            <source>Due for deletion</source>
            <translation>Due for deletion</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="61" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="64" />
            <source>Photos and clips whose retention period has passed (delete) or that need a look (review). Deleting removes the library's copies, thumbnails, faces and tags; the audit entry and the publication records stay. Your own files outside the library are never deleted.</source>
            <translation>Photos and clips whose retention period has passed (delete) or that need a look (review). Deleting removes the library's copies, thumbnails, faces and tags; the audit entry and the publication records stay. Your own files outside the library are never deleted.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="71" />
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="77" />
            <source>Delete selected…</source>
            <translation>Delete selected…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="83" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="98" />
            <source>Classes and periods</source>
            <translation>Classes and periods</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="105" />
            <source>delete</source>
            <translation>delete</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="105" />
            <source>review</source>
            <translation>review</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="121" />
            <source>Nothing is due for deletion or review on this day.</source>
            <translation>Nothing is due for deletion or review on this day.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="132" />
            <location filename="../../mediadesk/gui/retention.py" line="134" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="132" />
            <source>Choose the photos and clips to delete in the list first.</source>
            <translation>Choose the photos and clips to delete in the list first.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/retention.py" line="135" />
            <source>Delete %n photo(s) or clip(s) from the library? This cannot be undone. Files outside the library are not deleted.</source>
            <translation>
                <numerusform>Delete %n photo or clip from the library? This cannot be undone. Files outside the library are not deleted.</numerusform>
                <numerusform>Delete %n photos or clips from the library? This cannot be undone. Files outside the library are not deleted.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="145" />
            <source>Not deleted</source>
            <translation>Not deleted</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/retention.py" line="151" />
            <source>%n photo(s) or clip(s) deleted from the library.</source>
            <translation>
                <numerusform>%n photo or clip deleted from the library.</numerusform>
                <numerusform>%n photos or clips deleted from the library.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="153" />
            <source>You still have these originals and copies outside the library; they were not deleted:</source>
            <translation>You still have these originals and copies outside the library; they were not deleted:</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/retention.py" line="155" />
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
    </context>
    <context>
        <name>ScanController</name>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="124" />
            <location filename="../../mediadesk/gui/importing.py" line="146" />
            <source>Looking for faces</source>
            <translation>Looking for faces</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="124" />
            <source>Looking for faces…</source>
            <translation>Looking for faces…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="125" />
            <source>Stop after the current file; what is done so far is kept</source>
            <translation>Stop after the current file; what is done so far is kept</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/importing.py" line="127" />
            <source>Looking for faces failed</source>
            <translation>Looking for faces failed</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="142" />
            <source>Looked for faces in %n photo(s) or clip(s).</source>
            <translation>
                <numerusform>Looked for faces in %n photo or clip.</numerusform>
                <numerusform>Looked for faces in %n photos and clips.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mediadesk/gui/importing.py" line="144" />
            <source>%n could not be read and still need(s) review.</source>
            <translation>
                <numerusform>%n could not be read and still needs review.</numerusform>
                <numerusform>%n could not be read and still need review.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SchoolBox</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="151" />
            <source>The school is the data controller. Its name, address and the contact of its data protection officer (DPO) are printed on the report a person gets when they ask what is held about them.</source>
            <translation>The school is the data controller. Its name, address and the contact of its data protection officer (DPO) are printed on the report a person gets when they ask what is held about them.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="160" />
            <source>e.g. Skovbrynet Skole</source>
            <translation>e.g. Skovbrynet Skole</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="161" />
            <source>Name of the data protection officer</source>
            <translation>Name of the data protection officer</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="162" />
            <source>e.g. dpo@school.dk</source>
            <translation>e.g. dpo@school.dk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="163" />
            <source>e.g. +45 86 12 34 56</source>
            <translation>e.g. +45 86 12 34 56</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="170" />
            <source>Street, postcode and town</source>
            <translation>Street, postcode and town</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="176" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="178" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="185" />
            <source>School name</source>
            <translation>School name</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="186" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="187" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="188" />
            <source>DPO name</source>
            <translation>DPO name</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="189" />
            <source>DPO e-mail</source>
            <translation>DPO e-mail</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="190" />
            <source>DPO phone</source>
            <translation>DPO phone</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="196" />
            <source>Logo of the school</source>
            <translation>Logo of the school</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="196" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="205" />
            <source>(no logo)</source>
            <translation>(no logo)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="221" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="231" />
            <source>until the end of the school year (31 July)</source>
            <translation>until the end of the school year (31 July)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="232" />
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="240" />
            <source>day(s)</source>
            <translation>day(s)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="241" />
            <source>When no event is chosen; counting the day it is signed</source>
            <translation>When no event is chosen; counting the day it is signed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="244" />
            <source>A new form is valid</source>
            <translation>A new form is valid</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="244" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="245" />
            <source>A guest's form (fair) runs</source>
            <translation>A guest's form (fair) runs</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="247" />
            <source>Allow a documented legal basis other than consent for situation photos</source>
            <translation>Allow a documented legal basis other than consent for situation photos</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="249" />
            <source>Staff may then publish a photo or clip where no one is the focus on legitimate interest or public task, with a reason; a ban, objection or withdrawal still blocks it.</source>
            <translation>Staff may then publish a photo or clip where no one is the focus on legitimate interest or public task, with a reason; a ban, objection or withdrawal still blocks it.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="257" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="261" />
            <source>Where the school publishes. Rename a channel by editing its name; untick it to hide it. Exports are written at the size and JPEG quality set here.</source>
            <translation>Where the school publishes. Rename a channel by editing its name; untick it to hide it. Exports are written at the size and JPEG quality set here.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="267" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="267" />
            <source>Name shown</source>
            <translation>Name shown</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="267" />
            <source>Shown</source>
            <translation>Shown</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="268" />
            <source>Export size</source>
            <translation>Export size</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="268" />
            <source>Quality</source>
            <translation>Quality</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="280" />
            <source>Add channel…</source>
            <translation>Add channel…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="286" />
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="289" />
            <source>School and DPO</source>
            <translation>School and DPO</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="296" />
            <source>Faces</source>
            <translation>Faces</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="317" />
            <source>full size</source>
            <translation>full size</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="321" />
            <source>Longest side of exported photos and clips</source>
            <translation>Longest side of exported photos and clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="326" />
            <source>JPEG quality of exported photos (1-100)</source>
            <translation>JPEG quality of exported photos (1-100)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="331" />
            <source>Add channel</source>
            <translation>Add channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="331" />
            <source>Name of the new channel (e.g. LinkedIn):</source>
            <translation>Name of the new channel (e.g. LinkedIn):</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="392" />
            <source>Switch off face matching</source>
            <translation>Switch off face matching</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/settings.py" line="393" />
            <source>Every stored reference face will be deleted. Continue?</source>
            <translation>Every stored reference face will be deleted. Continue?</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="108" />
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="109" />
            <source>All photos and clips</source>
            <translation>All photos and clips</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="110" />
            <source>Faces to identify</source>
            <translation>Faces to identify</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="111" />
            <source>Offline files</source>
            <translation>Offline files</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="112" />
            <source>Quick check</source>
            <translation>Quick check</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="113" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="114" />
            <source>All people</source>
            <translation>All people</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="115" />
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="118" />
            <source>Publishing</source>
            <translation>Publishing</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="119" />
            <source>Takedown</source>
            <translation>Takedown</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="120" />
            <source>Published photos and clips that must be taken down</source>
            <translation>Published photos and clips that must be taken down</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="121" />
            <source>Publications</source>
            <translation>Publications</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="122" />
            <source>Consent overview</source>
            <translation>Consent overview</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="123" />
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="125" />
            <source>Saved filters</source>
            <translation>Saved filters</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="129" />
            <source>None yet</source>
            <translation>None yet</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/mainwindow.py" line="130" />
            <source>Set up a filter above the grid and save it with the bookmark button</source>
            <translation>Set up a filter above the grid and save it with the bookmark button</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="232" />
            <source>Sign on the screen</source>
            <translation>Sign on the screen</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="246" />
            <source>%1 signs the consent form for %2.</source>
            <translation>%1 signs the consent form for %2.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="250" />
            <source>Sign in the white field with the mouse, a finger or a pen.</source>
            <translation>Sign in the white field with the mouse, a finger or a pen.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="258" />
            <source>Start again</source>
            <translation>Start again</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="280" />
            <source>Signed on the screen by %1 for %2, %3</source>
            <translation>Signed on the screen by %1 for %2, %3</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="291" />
            <source>Nothing is signed yet.</source>
            <translation>Nothing is signed yet.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/signature.py" line="297" />
            <source>The signature could not be saved.</source>
            <translation>The signature could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>TakedownView</name>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="124" />
            <source>Published photos and clips that now show someone without valid consent for that channel. Take them down, then mark them here.</source>
            <translation>Published photos and clips that now show someone without valid consent for that channel. Take them down, then mark them here.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>Published on</source>
            <translation>Published on</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="127" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="128" />
            <source>Who and why</source>
            <translation>Who and why</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="129" />
            <source>Mark as taken down</source>
            <translation>Mark as taken down</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="131" />
            <source>Record that the selected publication has been removed</source>
            <translation>Record that the selected publication has been removed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/publishing.py" line="132" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
    </context>
    <context>
        <name>TimelineEntry</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="277" />
            <source>Form signed %1</source>
            <translation>Form signed %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="287" />
            <source>Signed by</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="288" />
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="289" />
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="290" />
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="291" />
            <source>Face matching</source>
            <translation>Face matching</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="291" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="291" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="292" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="296" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="296" />
            <source>Open the signed form (%1)</source>
            <translation>Open the signed form (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="298" />
            <source>no reason given</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="299" />
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="299" />
            <source>%1 by %2: %3</source>
            <translation>%1 by %2: %3</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="301" />
            <source>Recorded</source>
            <translation>Recorded</translation>
        </message>
    </context>
    <context>
        <name>ViewerPage</name>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="305" />
            <source>Back (Esc)</source>
            <translation>Back (Esc)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="309" />
            <source>Previous (Left)</source>
            <translation>Previous (Left)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="313" />
            <source>Next (Right)</source>
            <translation>Next (Right)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="323" />
            <source>Show covered</source>
            <translation>Show covered</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="341" />
            <source>Play or pause (Space)</source>
            <translation>Play or pause (Space)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="347" />
            <source>Playback needs Qt Multimedia, which this computer does not have.</source>
            <translation>Playback needs Qt Multimedia, which this computer does not have.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="367" />
            <source>Faces</source>
            <translation>Faces</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="376" />
            <source>People on it</source>
            <translation>People on it</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="379" />
            <source>Add a person by hand…</source>
            <translation>Add a person by hand…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="382" />
            <source>May it be published?</source>
            <translation>May it be published?</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="418" />
            <source>&amp;Who is this?…</source>
            <translation>&amp;Who is this?…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="419" />
            <source>Say who the selected face is</source>
            <translation>Say who the selected face is</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="420" />
            <source>&amp;Accept suggestion</source>
            <translation>&amp;Accept suggestion</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="421" />
            <source>Confirm the suggested person</source>
            <translation>Confirm the suggested person</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="422" />
            <source>Re&amp;ject suggestion</source>
            <translation>Re&amp;ject suggestion</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="423" />
            <source>This is not the suggested person</source>
            <translation>This is not the suggested person</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="424" />
            <source>&amp;Not identifiable</source>
            <translation>&amp;Not identifiable</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="425" />
            <source>The selected face cannot be recognised</source>
            <translation>The selected face cannot be recognised</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="426" />
            <source>&amp;Draw a face box</source>
            <translation>&amp;Draw a face box</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="427" />
            <source>Draw a box around a face that was missed</source>
            <translation>Draw a box around a face that was missed</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="428" />
            <source>Next &amp;face</source>
            <translation>Next &amp;face</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="429" />
            <source>Select the next face still to identify</source>
            <translation>Select the next face still to identify</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="430" />
            <source>&amp;Play / pause</source>
            <translation>&amp;Play / pause</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="430" />
            <source>Play or pause the clip</source>
            <translation>Play or pause the clip</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="462" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="486" />
            <source>Show the copy for %1 as it is exported: %2</source>
            <translation>Show the copy for %1 as it is exported: %2</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="573" />
            <source>The file cannot be shown (offline or unreadable).</source>
            <translation>The file cannot be shown (offline or unreadable).</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="585" />
            <source>Face %1</source>
            <translation>Face %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="591" />
            <source>looks like %1</source>
            <translation>looks like %1</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="601" />
            <source>A sound recording has no faces: listen to it and add every voice heard with “Add a person by hand…”.</source>
            <translation>A sound recording has no faces: listen to it and add every voice heard with “Add a person by hand…”.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="605" />
            <source>No faces found. Draw a box (D) if someone was missed.</source>
            <translation>No faces found. Draw a box (D) if someone was missed.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="614" />
            <source>Remove %1 from this asset</source>
            <translation>Remove %1 from this asset</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/viewer.py" line="619" />
            <source>No one yet.</source>
            <translation>No one yet.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="990" />
            <source>Withdraw consent</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="993" />
            <source>Every consent form of %1 will be withdrawn. Photos and clips with %1 on them are blocked from that day on.</source>
            <translation>Every consent form of %1 will be withdrawn. Photos and clips with %1 on them are blocked from that day on.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1000" />
            <source>e.g. parent phoned the office</source>
            <translation>e.g. parent phoned the office</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1002" />
            <source>Withdrawn from</source>
            <translation>Withdrawn from</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1003" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1006" />
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalResultDialog</name>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1026" />
            <source>Consent withdrawn</source>
            <translation>Consent withdrawn</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1045" />
            <source>Consent of %1 withdrawn from %2.</source>
            <translation>Consent of %1 withdrawn from %2.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1050" />
            <source>Must come down now (%1)</source>
            <translation>Must come down now (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1053" />
            <source>place not recorded</source>
            <translation>place not recorded</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1054" />
            <source>%1 on %2, published %3: %4</source>
            <translation>%1 on %2, published %3: %4</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1059" />
            <source>Nothing recorded as published: nothing to take down.</source>
            <translation>Nothing recorded as published: nothing to take down.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1062" />
            <source>Now blocked (%1)</source>
            <translation>Now blocked (%1)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/people.py" line="1070" />
            <source>%1 is on no photo or clip yet.</source>
            <translation>%1 is on no photo or clip yet.</translation>
        </message>
    </context>
    <context>
        <name>_FacesPage</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="74" />
            <source>Faces</source>
            <translation>Faces</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="75" />
            <source>You can change this later in the settings.</source>
            <translation>You can change this later in the settings.</translation>
        </message>
    </context>
    <context>
        <name>_LocationPage</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="28" />
            <source>Welcome to MediaDesk</source>
            <translation>Welcome to MediaDesk</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="29" />
            <source>MediaDesk checks every photo and clip against the consent forms of the people on it, before anything is published.</source>
            <translation>MediaDesk checks every photo and clip against the consent forms of the people on it, before anything is published.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="31" />
            <source>Where should the library be kept? It holds people, consent forms and what is known about each photo; the photos themselves stay where they are.</source>
            <translation>Where should the library be kept? It holds people, consent forms and what is known about each photo; the photos themselves stay where they are.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="34" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="51" />
            <source>Library file</source>
            <translation>Library file</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="51" />
            <source>MediaDesk library (*.sqlite)</source>
            <translation>MediaDesk library (*.sqlite)</translation>
        </message>
    </context>
    <context>
        <name>_PickPage</name>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="55" />
            <source>Bring a laptop's library into this one</source>
            <translation>Bring a laptop's library into this one</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="56" />
            <source>People, consent forms, withdrawals, photos, faces and tags made on another computer, for example at a fair, are added to this library.</source>
            <translation>People, consent forms, withdrawals, photos, faces and tags made on another computer, for example at a fair, are added to this library.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="58" />
            <source>The other library (its .sqlite file) or a bundle (.zip):</source>
            <translation>The other library (its .sqlite file) or a bundle (.zip):</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="60" />
            <location filename="../../mediadesk/gui/merging.py" line="68" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="66" />
            <source>Put the bundle's photos and clips in this folder (optional):</source>
            <translation>Put the bundle's photos and clips in this folder (optional):</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="75" />
            <source>The other library is only read. Nothing is stored before you confirm.</source>
            <translation>The other library is only read. Nothing is stored before you confirm.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="92" />
            <source>The other library</source>
            <translation>The other library</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="93" />
            <source>MediaDesk libraries and bundles (*.sqlite *.db *.zip *.mdbundle);;All files (*)</source>
            <translation>MediaDesk libraries and bundles (*.sqlite *.db *.zip *.mdbundle);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="98" />
            <source>Folder for the photos and clips</source>
            <translation>Folder for the photos and clips</translation>
        </message>
    </context>
    <context>
        <name>_RulesPage</name>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="59" />
            <source>Country rules and language</source>
            <translation>Country rules and language</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="60" />
            <source>The age from which pupils sign for themselves depends on the country.</source>
            <translation>The age from which pupils sign for themselves depends on the country.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/wizard.py" line="66" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
    </context>
    <context>
        <name>_RunPage</name>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="110" />
            <source>What the merge would do</source>
            <translation>What the merge would do</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="111" />
            <source>Nothing has been stored yet. Check the list, then merge.</source>
            <translation>Nothing has been stored yet. Check the list, then merge.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="113" />
            <source>Merging</source>
            <translation>Merging</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="114" />
            <source>All or nothing: if it stops, this library stays as it was.</source>
            <translation>All or nothing: if it stops, this library stays as it was.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="151" />
            <source>Nothing can be merged until these conflicts are corrected in one of the two libraries.</source>
            <translation>Nothing can be merged until these conflicts are corrected in one of the two libraries.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="153" />
            <source>This library already holds everything of the other one.</source>
            <translation>This library already holds everything of the other one.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="155" />
            <source>Merged.</source>
            <translation>Merged.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="155" />
            <source>Nothing to merge.</source>
            <translation>Nothing to merge.</translation>
        </message>
        <message>
            <location filename="../../mediadesk/gui/merging.py" line="163" />
            <source>Stopped; nothing was stored.</source>
            <translation>Stopped; nothing was stored.</translation>
        </message>
    </context>
</TS>