<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start on the built-in sandbox account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs its SID (shown in the Kaleyra.io console, e.g. HXXXXXXX071US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SID &quot;%1&quot; may only contain letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra (api.kaleyra.io, the SOIP reference host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra India (api.in.kaleyra.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra Asia Pacific (api.ap.kaleyra.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra Europe (api.eu.kaleyra.io)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::AccountStore</name>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::ActionDescription</name>
    <message>
        <source>Opens a link, but no address is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a calendar event, but no event is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds &apos;%1&apos; on %2 at %3 to the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens an app, but no app is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1, or its store page if it is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies nothing: no text is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, but no number is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does nothing: the button has no type yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does nothing: %1 is not a button type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::AutosaveStore</name>
    <message>
        <source>Cannot create the folder %1 for autosaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the autosave file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the autosave %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::BodyEditor</name>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the message, as the recipient will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, %2 over the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::CalendarEventEditor</name>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time, 24-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Store opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the event is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te, time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event t&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::CardEditor</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the card, e.g. Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s main subject, e.g. an order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;b-category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core &amp;entity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::CredentialResult</name>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the API key cannot be stored. You can use the key for this session only, or set the KALEYRA_API_KEY environment variable for the command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::DeepLinkEditor</name>
    <message>
        <source>Saved apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this app to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this package and class in the list of saved apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIN opens the app&apos;s start screen; VIEW opens content the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. com.flipkart.android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name or Play Store URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity class, or a Play Store link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Store link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Play Store link of this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved apps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte&amp;nt action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pac&amp;kage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass or URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a package name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown in the list of saved apps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the class to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the package name first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::DraftFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::EndpointPolicy</name>
    <message>
        <source>The account has no base URL (e.g. https://api.kaleyra.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address (e.g. https://api.kaleyra.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to use plain http for %1: the API key would travel unencrypted. Use https:// (plain http is only allowed for this computer, e.g. the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::FieldLabels</name>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name or Play Store URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::MainWindow</name>
    <message>
        <source>SOIP drafts (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is not being autosaved. Save it to a file to keep it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new message (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved draft (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command that sends this message; the key is left as $KALEYRA_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SOIP Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message fields appear here.
(The field editors are not part of this build yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone preview appears here.
(The preview is not part of this build yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account to send with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOIP Composer — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix 1 problem to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix %1 problems to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don’t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a SOIP message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1; some values in the file have the wrong type, see Problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is still on screen and autosaved. Try another folder with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOIP Composer did not close properly last time. Restore %1 as it was on screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last autosaved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the autosave and ask again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your work from the autosave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is not part of this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network client is still being built. Save the draft and send it with `soip send`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::MessageCodec</name>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be %1, but the file has %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not part of the SOIP API. It is kept and sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not part of the SOIP API and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with date, time, title and event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 KiB; a SOIP message is at most a few KiB, so this is not a message (the limit is %2 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is nested too deeply to be a SOIP message (at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a JSON %1, but a SOIP message is a JSON object ({ ... }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::PhoneNumberCheck</name>
    <message>
        <source>%1 is not a phone number: a + can only come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number: it has letters in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number: it contains “%2”, which a phone number cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: no +%2 number starts like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no number between two commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number: it has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no country code: write Indian numbers with 91 in front, e.g. 91%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it does not start with a known country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it is too short for a +%2 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it is too long for a +%2 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it has the wrong number of digits for a +%2 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number that can be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number that can be called: no phone number starts like this or has this many digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::PreviewImageCache</name>
    <message>
        <source>Not a web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image the phone can show (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::PreviewRenderer</name>
    <message>
        <source>Sender ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s cover image can&apos;t be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image can&apos;t be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video (no cover image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem of the message. Activate one to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the message is ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::ResultPanel</name>
    <message>
        <source>&amp;Copy IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send result details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ids per recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request id and message ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request id and every recipient&apos;s message id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check delivery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service how delivery of the last message is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id (kid): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::SendOutcome</name>
    <message>
        <source>No complete answer before the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with an unreadable answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2 (not followed, so the key is not sent elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by Kaleyra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kaleyra accepted the message for %n recipient(s). Delivery happens next; ask for the delivery status with the message ids.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message was not sent because it has %n problem(s) to fix first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent because there is no API key for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is already being sent to this account; it was not sent a second time. Wait for the first send to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled before anything left this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra refused the message (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra says: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaleyra refused the API key (HTTP %1). The key may be wrong, belong to a team member who was removed, or this computer&apos;s IP address may not be on the account&apos;s whitelist. Check the key in the Kaleyra.io console. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kaleyra is receiving too many requests from this account (HTTP 429) and did not take the message. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kaleyra is receiving too many requests from this account (HTTP 429) and did not take the message. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem and gave no usable answer (%1). The message was probably not sent, but check the delivery status before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server, so nothing was sent; it is safe to try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request went out but no complete answer came back (%1), so we cannot tell whether Kaleyra accepted it. Check the delivery status or the Kaleyra.io console before sending again, or the recipients may get it twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::SenderEditor</name>
    <message>
        <source>Sender ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender ID assigned to your account, e.g. TEST-NUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender ID assigned to your account. IDs you used before are in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing (MKT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactional (TXN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password (OTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API (the default when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Diwali offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback profile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. SG_0a1b2c3d-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback profile set up for your account receives the delivery status of each message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call&amp;back profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing: promotional messages such as offers and announcements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactional: service messages a customer expects, such as order or account updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password: verification codes and one-time passwords only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a route the service knows: choose Marketing, Transactional or One-time password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::TitlesEditor</name>
    <message>
        <source>Title %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title shown at the top of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move title %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move title %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove title %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card has at most %1 titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another title row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::Validator</name>
    <message>
        <source>A %1 message needs a title: add one to four titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 titles; a card can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title %1 is empty: write it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media type is missing: use 1 for an image or 2 for a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a media type: use 1 for an image or 2 for a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address of the image or video is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display ratio is missing: a video must be shown tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display ratio is missing: use normal or tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a display ratio: use normal or tall, in small letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video can only be shown tall: change the display ratio to tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cover image is only shown for a video; an image does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rich media card needs an image or a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 images or videos; a card shows exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category is missing: a card shows it above the titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The core entity is missing: a call-to-action card needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message type is missing: choose TXT (text), RMC (rich media card) or CTA (call-to-action card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a message type: use TXT, RMC or CTA, in capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a route: use MKT (marketing), TXN (transactional) or OTP (one-time password), in capital letters, or leave it empty for MKT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a source the SOIP service documents; leave it empty or write API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 message does not use this field; it is left out when the message is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is missing: enter the sender ID assigned to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients field is empty: add at least one mobile number with its country code, e.g. 919876543210.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an empty entry in the recipients: remove the extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the recipients more than once, so that phone would get the message more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Indian number; SOIP messages reach phones in India only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button has no label: write the text shown on it, e.g. Track Order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button label has %1 characters; at most %2 fit on the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button has no action type: use 1 (open link), 2 (add calendar event), 3 (open app), 4 (copy text) or 5 (phone call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an action type: use 1 (open link), 2 (add calendar event), 3 (open app), 4 (copy text) or 5 (phone call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD, e.g. 2025-10-19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s date %1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time in the form HH:MM (24-hour), e.g. 09:30 or 22:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar event is missing: give its date, time, title and description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s date is missing (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s time is missing (HH:MM, 24-hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s title is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s description is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app link is empty: fill in its action, package and class, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app link&apos;s action is missing, e.g. android.intent.action.MAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Android intent action; it looks like android.intent.action.MAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s package name is missing, e.g. com.flipkart.android.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Android package name: it has parts separated by dots, each starting with a letter, e.g. com.flipkart.android.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s class name is missing: give the activity, e.g. com.flipkart.android.SplashActivity, or the app&apos;s Play Store address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address here must be the app&apos;s Play Store page, e.g. https://play.google.com/store/apps/details?id=com.flipkart.android.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Play Store page is for %1, but the package name is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Android class name: write the full name, e.g. com.flipkart.android.SplashActivity, or the app&apos;s Play Store address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button has no web address to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button has no text to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button has no phone number to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button does not say which app to open: add an app link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open-app button does not use action_to; it is left out when sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open-app button uses app links; they are left out when sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-to-action card needs at least one button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 buttons; a card can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button has no rank: give 0, 1, 2 or 3 (its place on the card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a rank: use 0, 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two buttons have rank %1: give each button its own rank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::VendorError</name>
    <message>
        <source>Add at least one recipient number in &quot;To&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient&apos;s mobile number is not valid. Check the numbers in &quot;To&quot;: each needs its country code (91 for India).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route must be MKT (marketing), TXN (transactional) or OTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message type must be TXT (text), RMC (rich media card) or CTA (call to action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-to-action (CTA) message needs at least one button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rich media and call-to-action messages need one to four titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the default sender ID (KLRHXA) you can only send to members of your own team. Ask Kaleyra for your own sender ID, or send to a team member&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender ID (&quot;From&quot;) is missing or not assigned to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is not valid; leave it empty to use API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text is missing or longer than 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rich media and call-to-action messages need a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every button needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button has an unknown kind; use open link, add to calendar, open app, copy text or call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button&apos;s position (rank) must be 0, 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button is missing its target (the link, calendar event, text to copy or phone number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &quot;open app&quot; button needs the app to open (its deep link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media must be an image or a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image or video address is not valid; it must be a public web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display ratio must be normal or tall (a video supports only tall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s phone cannot receive SOIP messages (it failed the capability check: the MI message app may be missing or turned off). Nothing can be delivered to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has run out of credits. Top it up in the Kaleyra.io console, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::WebAddress</name>
    <message>
        <source>The web address has spaces at its start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address cannot contain spaces; write them as %20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a complete web address: it must start with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// and http:// web addresses can be opened on the phone, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address %1 has no site name after %2://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soip::cli::Cli</name>
    <message>
        <source>soip accounts: not written yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check message files against the SOIP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a message file as canonical API JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the delivery status of sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or remove accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in SOIP simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a message as the phone shows it, to PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soip format: not written yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: soip COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;soip help COMMAND&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soip: there is no command &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soip preview: not written yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soip sandbox: not written yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soip send: not written yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soip status: not written yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soip validate: not written yet.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
