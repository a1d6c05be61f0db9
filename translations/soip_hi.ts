<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सब सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सबके लिए हाँ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सबके लिए नहीं(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पर लौटाएँ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें(&amp;L)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start on the built-in sandbox account.</source>
        <translation>बिल्ट-इन सैंडबॉक्स खाते से शुरू करें।</translation>
    </message>
    <message>
        <source>A draft to open.</source>
        <translation>खोलने के लिए ड्राफ़्ट।</translation>
    </message>
</context>
<context>
    <name>soip::AboutDialog</name>
    <message>
        <source>the application framework</source>
        <translation>ऐप्लिकेशन फ़्रेमवर्क</translation>
    </message>
    <message>
        <source>keeps API keys in the system keychain</source>
        <translation>API कुंजियाँ सिस्टम कीचेन में सुरक्षित रखता है</translation>
    </message>
    <message>
        <source>checks mobile numbers</source>
        <translation>मोबाइल नंबरों की जाँच करता है</translation>
    </message>
    <message>
        <source>fonts of the message preview</source>
        <translation>संदेश पूर्वावलोकन के फ़ॉन्ट</translation>
    </message>
    <message>
        <source>About SOIP Composer</source>
        <translation>SOIP Composer के बारे में</translation>
    </message>
    <message>
        <source>Compose, preview and send SMS over IP messages: plain text, rich media cards and call-to-action cards.</source>
        <translation>SMS over IP संदेश लिखें, उनका पूर्वावलोकन देखें और भेजें: सादा टेक्स्ट, रिच मीडिया कार्ड और कॉल-टू-ऐक्शन कार्ड।</translation>
    </message>
    <message>
        <source>Project home page</source>
        <translation>प्रोजेक्ट का होम पेज</translation>
    </message>
    <message>
        <source>Licences of the parts SOIP Composer ships with:</source>
        <translation>SOIP Composer के साथ आने वाले हिस्सों के लाइसेंस:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में(&amp;Q)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>संस्करण %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Qt %1 से बना, Qt %2 पर चल रहा है</translation>
    </message>
    <message>
        <source>The Qt libraries are separate files that you may replace with your own build of Qt under the terms of the LGPL.</source>
        <translation>Qt लाइब्रेरी अलग फ़ाइलें हैं, जिन्हें आप LGPL की शर्तों के तहत Qt के अपने बिल्ड से बदल सकते हैं।</translation>
    </message>
    <message>
        <source>Free software under the %1: you may share and change it.</source>
        <translation>%1 के तहत मुक्त सॉफ़्टवेयर: आप इसे साझा कर सकते हैं और बदल सकते हैं।</translation>
    </message>
</context>
<context>
    <name>soip::Account</name>
    <message>
        <source>The account needs a name.</source>
        <translation>खाते का नाम ज़रूरी है।</translation>
    </message>
    <message>
        <source>The account needs its SID (shown in the Kaleyra.io console, e.g. HXXXXXXX071US).</source>
        <translation>खाते का SID ज़रूरी है (यह Kaleyra.io कंसोल में दिखता है, जैसे HXXXXXXX071US)।</translation>
    </message>
    <message>
        <source>The SID &quot;%1&quot; may only contain letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>SID &quot;%1&quot; में केवल अक्षर, अंक, &apos;-&apos; और &apos;_&apos; हो सकते हैं।</translation>
    </message>
    <message>
        <source>Kaleyra (api.kaleyra.io, the SOIP reference host)</source>
        <translation>Kaleyra (api.kaleyra.io, SOIP संदर्भ होस्ट)</translation>
    </message>
    <message>
        <source>Kaleyra India (api.in.kaleyra.io)</source>
        <translation>Kaleyra भारत (api.in.kaleyra.io)</translation>
    </message>
    <message>
        <source>Kaleyra Asia Pacific (api.ap.kaleyra.io)</source>
        <translation>Kaleyra एशिया-प्रशांत (api.ap.kaleyra.io)</translation>
    </message>
    <message>
        <source>Kaleyra Europe (api.eu.kaleyra.io)</source>
        <translation>Kaleyra यूरोप (api.eu.kaleyra.io)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>कमांड लाइन</translation>
    </message>
</context>
<context>
    <name>soip::AccountSelector</name>
    <message>
        <source>Account to send with</source>
        <translation>किस खाते से भेजना है</translation>
    </message>
    <message>
        <source>Sends to a simulator on this computer: nothing reaches a phone</source>
        <translation>इसी कंप्यूटर पर चल रहे सिम्युलेटर को भेजता है: कोई संदेश फ़ोन तक नहीं पहुँचता</translation>
    </message>
    <message>
        <source>SID %1 at %2</source>
        <translation>%2 पर SID %1</translation>
    </message>
</context>
<context>
    <name>soip::AccountStore</name>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम का खाता पहले से मौजूद है।</translation>
    </message>
</context>
<context>
    <name>soip::AccountsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>Use by &amp;default</source>
        <translation>डिफ़ॉल्ट रूप से इस्तेमाल करें(&amp;D)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>खाते का नाम</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>खाते का SID</translation>
    </message>
    <message>
        <source>Default sender ID</source>
        <translation>डिफ़ॉल्ट प्रेषक ID</translation>
    </message>
    <message>
        <source>Default callback profile</source>
        <translation>डिफ़ॉल्ट कॉलबैक प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>खाता सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>खाते</translation>
    </message>
    <message>
        <source>New windows start with this account selected</source>
        <translation>नई विंडो में यही खाता चुना हुआ रहेगा</translation>
    </message>
    <message>
        <source>The built-in sandbox simulates the Kaleyra service on this computer. It needs no key and nothing it “sends” reaches a phone. Use it to try messages out.</source>
        <translation>बिल्ट-इन सैंडबॉक्स इसी कंप्यूटर पर Kaleyra सेवा की नकल करता है। इसे किसी कुंजी की ज़रूरत नहीं होती और इसका “भेजा” कुछ भी फ़ोन तक नहीं पहुँचता। संदेशों को आज़माने के लिए इसका उपयोग करें।</translation>
    </message>
    <message>
        <source>e.g. HXXXXXXX071US</source>
        <translation>जैसे HXXXXXXX071US</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>सेवा का पता</translation>
    </message>
    <message>
        <source>Choose Kaleyra&apos;s host for your region, or type the address you were given</source>
        <translation>अपने क्षेत्र के लिए Kaleyra का होस्ट चुनें, या आपको दिया गया पता लिखें</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>डिफ़ॉल्ट रूट</translation>
    </message>
    <message>
        <source>(none: MKT)</source>
        <translation>(कोई नहीं: MKT)</translation>
    </message>
    <message>
        <source>MKT — marketing</source>
        <translation>MKT — मार्केटिंग</translation>
    </message>
    <message>
        <source>TXN — transactional</source>
        <translation>TXN — ट्रांज़ैक्शनल</translation>
    </message>
    <message>
        <source>OTP — one-time password</source>
        <translation>OTP — वन-टाइम पासवर्ड</translation>
    </message>
    <message>
        <source>optional, e.g. SG_0xxxxxx8-…</source>
        <translation>वैकल्पिक, जैसे SG_0xxxxxx8-…</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in a file</source>
        <translation>आपके सिस्टम के कीचेन में रखी जाती है, किसी फ़ाइल में कभी नहीं</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;ID:</source>
        <translation>SID(&amp;I):</translation>
    </message>
    <message>
        <source>Ser&amp;vice address:</source>
        <translation>सेवा का पता(&amp;V):</translation>
    </message>
    <message>
        <source>Default se&amp;nder ID:</source>
        <translation>डिफ़ॉल्ट प्रेषक ID(&amp;N):</translation>
    </message>
    <message>
        <source>Default &amp;route:</source>
        <translation>डिफ़ॉल्ट रूट(&amp;R):</translation>
    </message>
    <message>
        <source>Default ca&amp;llback profile:</source>
        <translation>डिफ़ॉल्ट कॉलबैक प्रोफ़ाइल(&amp;L):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API कुंजी(&amp;K):</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <source>No key needed.</source>
        <translation>किसी कुंजी की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <source>A key is held for this session only; it is forgotten when you quit.</source>
        <translation>कुंजी केवल इस सत्र के लिए रखी गई है; ऐप बंद करने पर यह भुला दी जाएगी।</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>कीचेन में देखा जा रहा है…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it.</source>
        <translation>कीचेन में एक कुंजी सहेजी हुई है। उसे बदलने के लिए नई कुंजी लिखें।</translation>
    </message>
    <message>
        <source>No key stored yet: type the API key from the Kaleyra.io console.</source>
        <translation>अभी कोई कुंजी सहेजी नहीं गई है: Kaleyra.io कंसोल से API कुंजी लिखें।</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>नया खाता</translation>
    </message>
    <message>
        <source>Type the API key from the Kaleyra.io console; it goes to the keychain.</source>
        <translation>Kaleyra.io कंसोल से API कुंजी लिखें; यह कीचेन में रखी जाएगी।</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>कुंजी कीचेन में सहेजी जा रही है…</translation>
    </message>
    <message>
        <source>The key could not be stored</source>
        <translation>कुंजी सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>SOIP Composer never writes keys to a file. You can use this key until you quit; you will be asked for it again next time.</source>
        <translation>SOIP Composer कुंजियाँ कभी किसी फ़ाइल में नहीं लिखता। आप ऐप बंद करने तक इस कुंजी का उपयोग कर सकते हैं; अगली बार यह फिर से पूछी जाएगी।</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>केवल इस सत्र के लिए उपयोग करें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Don’t use it</source>
        <translation>उपयोग न करें(&amp;D)</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>खाता हटाएँ</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its key from this computer?</source>
        <translation>खाता “%1” और उसकी कुंजी इस कंप्यूटर से हटाएँ?</translation>
    </message>
</context>
<context>
    <name>soip::ActionDescription</name>
    <message>
        <source>Opens a link, but no address is given</source>
        <translation>लिंक खोलता है, लेकिन कोई पता नहीं दिया गया है</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>%1 खोलता है</translation>
    </message>
    <message>
        <source>Adds a calendar event, but no event is given</source>
        <translation>कैलेंडर इवेंट जोड़ता है, लेकिन कोई इवेंट नहीं दिया गया है</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(बिना शीर्षक)</translation>
    </message>
    <message>
        <source>Adds &apos;%1&apos; on %2 at %3 to the calendar</source>
        <translation>&apos;%1&apos; को %2 को %3 बजे कैलेंडर में जोड़ता है</translation>
    </message>
    <message>
        <source>Opens an app, but no app is given</source>
        <translation>ऐप खोलता है, लेकिन कोई ऐप नहीं दिया गया है</translation>
    </message>
    <message>
        <source>Opens %1, or its store page if it is not installed</source>
        <translation>%1 खोलता है, या इंस्टॉल न होने पर उसका स्टोर पेज</translation>
    </message>
    <message>
        <source>Copies nothing: no text is given</source>
        <translation>कुछ कॉपी नहीं करता: कोई टेक्स्ट नहीं दिया गया है</translation>
    </message>
    <message>
        <source>Copies &apos;%1&apos;</source>
        <translation>&apos;%1&apos; कॉपी करता है</translation>
    </message>
    <message>
        <source>Calls, but no number is given</source>
        <translation>कॉल करता है, लेकिन कोई नंबर नहीं दिया गया है</translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation>%1 पर कॉल करता है</translation>
    </message>
    <message>
        <source>Does nothing: the button has no type yet</source>
        <translation>कुछ नहीं करता: बटन का अभी कोई प्रकार नहीं है</translation>
    </message>
    <message>
        <source>Does nothing: %1 is not a button type</source>
        <translation>कुछ नहीं करता: %1 कोई बटन प्रकार नहीं है</translation>
    </message>
</context>
<context>
    <name>soip::ActionEditor</name>
    <message>
        <source>Button %1</source>
        <translation>बटन %1</translation>
    </message>
    <message>
        <source>Move button up</source>
        <translation>बटन को ऊपर ले जाएँ</translation>
    </message>
    <message>
        <source>Move button down</source>
        <translation>बटन को नीचे ले जाएँ</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>बटन हटाएँ</translation>
    </message>
    <message>
        <source>What the button does</source>
        <translation>बटन क्या करता है</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>लिंक खोलें</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>कैलेंडर में जोड़ें</translation>
    </message>
    <message>
        <source>Open app</source>
        <translation>ऐप खोलें</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>टेक्स्ट कॉपी करें</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>कॉल करें</translation>
    </message>
    <message>
        <source>Button label</source>
        <translation>बटन का लेबल</translation>
    </message>
    <message>
        <source>e.g. Track order</source>
        <translation>जैसे Track order</translation>
    </message>
    <message>
        <source>Link to open</source>
        <translation>खोलने के लिए लिंक</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Text to copy</source>
        <translation>कॉपी करने के लिए टेक्स्ट</translation>
    </message>
    <message>
        <source>Copied when the button is tapped, e.g. a coupon code</source>
        <translation>बटन टैप करने पर कॉपी होता है, जैसे कूपन कोड</translation>
    </message>
    <message>
        <source>Phone number to call</source>
        <translation>कॉल करने के लिए फ़ोन नंबर</translation>
    </message>
    <message>
        <source>e.g. +91 98765 43210</source>
        <translation>जैसे +91 98765 43210</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>Te&amp;xt to copy:</source>
        <translation>कॉपी करने के लिए टेक्स्ट(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>फ़ोन नंबर(&amp;P):</translation>
    </message>
    <message>
        <source>Choose what the button does.</source>
        <translation>चुनें कि बटन क्या करेगा।</translation>
    </message>
    <message>
        <source>&amp;Does:</source>
        <translation>काम(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>लेबल(&amp;L):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Unknown type (%1)</source>
        <translation>अज्ञात प्रकार (%1)</translation>
    </message>
    <message>
        <source>%1 (not 0–3)</source>
        <translation>%1 (0–3 नहीं)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%2 में से %1 अक्षर</translation>
    </message>
    <message>
        <source>e.g. Remind me</source>
        <translation>जैसे याद दिलाएँ</translation>
    </message>
    <message>
        <source>e.g. Open in app</source>
        <translation>जैसे ऐप में खोलें</translation>
    </message>
    <message>
        <source>e.g. Copy code</source>
        <translation>जैसे कोड कॉपी करें</translation>
    </message>
    <message>
        <source>e.g. Call us</source>
        <translation>जैसे हमें कॉल करें</translation>
    </message>
    <message>
        <source>The words on the button</source>
        <translation>बटन पर लिखे शब्द</translation>
    </message>
    <message>
        <source>Position on the card (0 first)</source>
        <translation>कार्ड पर स्थान (0 पहले)</translation>
    </message>
    <message>
        <source>The order of the buttons on the card, 0 first. Each button has its own position.</source>
        <translation>कार्ड पर बटनों का क्रम, 0 सबसे पहले। हर बटन का अपना स्थान होता है।</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>स्थान(&amp;T):</translation>
    </message>
</context>
<context>
    <name>soip::ActionsEditor</name>
    <message>
        <source>No buttons yet. A call-to-action card needs at least one.</source>
        <translation>अभी कोई बटन नहीं है। कॉल-टू-ऐक्शन कार्ड में कम से कम एक बटन ज़रूरी है।</translation>
    </message>
    <message>
        <source>Add b&amp;utton</source>
        <translation>बटन जोड़ें(&amp;U)</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>बटन जोड़ें</translation>
    </message>
    <message>
        <source>A card can have at most %1 buttons.</source>
        <translation>एक कार्ड में ज़्यादा से ज़्यादा %1 बटन हो सकते हैं।</translation>
    </message>
    <message>
        <source>Add a button to the card</source>
        <translation>कार्ड में एक बटन जोड़ें</translation>
    </message>
    <message>
        <source>No buttons yet. Buttons are optional on a rich media card.</source>
        <translation>अभी कोई बटन नहीं है। रिच मीडिया कार्ड पर बटन ज़रूरी नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>soip::AppServices</name>
    <message>
        <source>The settings file %1 could not be read completely. A copy of it was kept as %2; the settings that could not be read are back to their defaults.</source>
        <translation>सेटिंग फ़ाइल %1 पूरी तरह पढ़ी नहीं जा सकी। उसकी एक प्रति %2 के रूप में रखी गई है; जो सेटिंग पढ़ी नहीं जा सकीं, वे अपने डिफ़ॉल्ट पर लौट आई हैं।</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read completely, and no copy of it could be kept: %2</source>
        <translation>सेटिंग फ़ाइल %1 पूरी तरह पढ़ी नहीं जा सकी, और उसकी कोई प्रति रखी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>soip::AppTheme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>थीम(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>सिस्टम जैसी(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>हल्की(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>गहरी(&amp;D)</translation>
    </message>
    <message>
        <source>As the desktop looks</source>
        <translation>जैसा डेस्कटॉप दिखता है</translation>
    </message>
</context>
<context>
    <name>soip::AutosaveStore</name>
    <message>
        <source>Cannot create the folder %1 for autosaves.</source>
        <translation>अपने-आप सहेजने के लिए फ़ोल्डर %1 नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>Cannot lock the autosave file in %1.</source>
        <translation>%1 में अपने-आप सहेजी गई फ़ाइल को लॉक नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>Cannot write the autosave %1: %2</source>
        <translation>अपने-आप सहेजी गई फ़ाइल %1 नहीं लिखी जा सकी: %2</translation>
    </message>
    <message>
        <source>The draft is too large to autosave: %1 KiB.</source>
        <translation>ड्राफ़्ट अपने-आप सहेजने के लिए बहुत बड़ा है: %1 KiB।</translation>
    </message>
</context>
<context>
    <name>soip::BodyEditor</name>
    <message>
        <source>Message text</source>
        <translation>संदेश का टेक्स्ट</translation>
    </message>
    <message>
        <source>The text of the message, as the recipient will read it</source>
        <translation>संदेश का टेक्स्ट, जैसा प्राप्तकर्ता उसे पढ़ेगा</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 characters, %2 over the limit of %3</source>
        <translation>%1 अक्षर, %3 की सीमा से %2 ज़्यादा</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%2 में से %1 अक्षर</translation>
    </message>
</context>
<context>
    <name>soip::CalendarEventEditor</name>
    <message>
        <source>Event date</source>
        <translation>इवेंट की तारीख़</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>इवेंट का शीर्षक</translation>
    </message>
    <message>
        <source>e.g. Store opening</source>
        <translation>जैसे स्टोर का उद्घाटन</translation>
    </message>
    <message>
        <source>Event description</source>
        <translation>इवेंट का विवरण</translation>
    </message>
    <message>
        <source>What the event is about</source>
        <translation>इवेंट किस बारे में है</translation>
    </message>
    <message>
        <source>Da&amp;te, time:</source>
        <translation>तारीख़, समय(&amp;T):</translation>
    </message>
    <message>
        <source>Event t&amp;itle:</source>
        <translation>इवेंट का शीर्षक(&amp;I):</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>विवरण(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. 25/12/2026</source>
        <translation>जैसे 25/12/2026</translation>
    </message>
    <message>
        <source>Type the date as you write it (25/12/2026, 25.12.2026, 25 Dec 2026 or 2026-12-25), or pick it from the calendar (Alt+Down).</source>
        <translation>तारीख़ वैसे ही लिखें जैसे आप लिखते हैं (25/12/2026, 25.12.2026, 25 Dec 2026 या 2026-12-25), या कैलेंडर से चुनें (Alt+Down)।</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>कैलेंडर से तारीख़ चुनें</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>इवेंट का समय</translation>
    </message>
    <message>
        <source>e.g. 18:30</source>
        <translation>जैसे 18:30</translation>
    </message>
    <message>
        <source>Type the time as you write it: 18:30, 1830 or 6:30 pm.</source>
        <translation>समय वैसे ही लिखें जैसे आप लिखते हैं: 18:30, 1830 या 6:30 pm।</translation>
    </message>
    <message>
        <source>Calendar for the event date</source>
        <translation>इवेंट की तारीख़ के लिए कैलेंडर</translation>
    </message>
</context>
<context>
    <name>soip::CampaignComposer</name>
    <message>
        <source>The spreadsheet is still being read.</source>
        <translation>स्प्रेडशीट अभी पढ़ी जा रही है।</translation>
    </message>
    <message>
        <source>Every row is still being checked.</source>
        <translation>हर पंक्ति अभी जाँची जा रही है।</translation>
    </message>
    <message>
        <source>Recipients from a file</source>
        <translation>फ़ाइल से प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation>स्प्रेडशीट (*.csv *.xlsx *.tsv *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) from %1</source>
        <translation>
            <numerusform>%1 से %Ln प्राप्तकर्ता</numerusform>
            <numerusform>%1 से %Ln प्राप्तकर्ता</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln अमान्य</numerusform>
            <numerusform>%Ln अमान्य</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed twice</source>
        <translation>
            <numerusform>%Ln दो बार दर्ज</numerusform>
            <numerusform>%Ln दो बार दर्ज</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone numbers in “%1”; the other columns can go into the message as {{column}}.</source>
        <translation>फ़ोन नंबर “%1” में हैं; बाक़ी कॉलम संदेश में {{column}} के रूप में डाले जा सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Row %1, %Ln character(s)</source>
        <translation>
            <numerusform>पंक्ति %1, %Ln अक्षर</numerusform>
            <numerusform>पंक्ति %1, %Ln अक्षर</numerusform>
        </translation>
    </message>
    <message>
        <source>Type numbers instead</source>
        <translation>इसके बजाय नंबर टाइप करें</translation>
    </message>
    <message>
        <source>Stop sending to the rows of %1?</source>
        <translation>%1 की पंक्तियों को भेजना बंद करें?</translation>
    </message>
    <message>
        <source>The message goes to the numbers typed under Recipients instead. The spreadsheet itself is not changed; From a file… takes it again.</source>
        <translation>संदेश इसके बजाय प्राप्तकर्ता में टाइप किए गए नंबरों पर जाएगा। स्प्रेडशीट में कोई बदलाव नहीं होता; “फ़ाइल से…” उसे फिर से ले लेता है।</translation>
    </message>
    <message>
        <source>&amp;Type numbers instead</source>
        <translation>इसके बजाय नंबर टाइप करें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep the spreadsheet</source>
        <translation>स्प्रेडशीट रखें(&amp;K)</translation>
    </message>
</context>
<context>
    <name>soip::CampaignConfirmDialog</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Send campaign</source>
        <translation>अभियान भेजें</translation>
    </message>
    <message>
        <source>Recipients file:</source>
        <translation>प्राप्तकर्ताओं की फ़ाइल:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>पंक्तियाँ:</translation>
    </message>
    <message>
        <source>To send:</source>
        <translation>भेजी जाएँगी:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>अनुरोध:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>दोहराव:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>छोड़ी गईं:</translation>
    </message>
    <message>
        <source>(the built-in sandbox: nothing reaches a phone)</source>
        <translation>(बिल्ट-इन सैंडबॉक्स: किसी फ़ोन तक कुछ नहीं पहुँचता)</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>खाता:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>दर:</translation>
    </message>
    <message>
        <source>Takes:</source>
        <translation>लगने वाला समय:</translation>
    </message>
    <message>
        <source>Rows that will not be sent, by reason:</source>
        <translation>जो पंक्तियाँ नहीं भेजी जाएँगी, कारण के अनुसार:</translation>
    </message>
    <message>
        <source>Rows that will not be sent</source>
        <translation>जो पंक्तियाँ नहीं भेजी जाएँगी</translation>
    </message>
    <message>
        <source>Every row is journalled: if the app or the computer stops, the campaign can be resumed and no number gets the message twice.</source>
        <translation>हर पंक्ति जर्नल में दर्ज होती है: ऐप या कंप्यूटर बंद हो जाए तो भी अभियान फिर से शुरू किया जा सकता है, और किसी नंबर को संदेश दो बार नहीं मिलता।</translation>
    </message>
    <message>
        <source>&amp;Start sending</source>
        <translation>भेजना &amp;शुरू करें</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s) (%2): %3</source>
        <translation>
            <numerusform>%1 — %Ln पंक्ति (%2): %3</numerusform>
            <numerusform>%1 — %Ln पंक्तियाँ (%2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %Ln number(s)?</source>
        <translation>
            <numerusform>“%1” %Ln नंबर पर भेजें?</numerusform>
            <numerusform>“%1” %Ln नंबरों पर भेजें?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (up to %Ln number(s) each)</source>
        <translation>
            <numerusform>%1 (हर एक में अधिकतम %Ln नंबर)</numerusform>
            <numerusform>%1 (हर एक में अधिकतम %Ln नंबर)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier number and are sent once</source>
        <translation>
            <numerusform>%Ln पंक्ति में पहले आया नंबर दोबारा है; उसे एक ही बार भेजा जाएगा</numerusform>
            <numerusform>%Ln पंक्तियों में पहले आए नंबर दोबारा हैं; उन्हें एक ही बार भेजा जाएगा</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will not be sent</source>
        <translation>
            <numerusform>%Ln पंक्ति नहीं भेजी जाएगी</numerusform>
            <numerusform>%Ln पंक्तियाँ नहीं भेजी जाएँगी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %1 requests per second, %Ln at once</source>
        <translation>
            <numerusform>प्रति सेकंड अधिकतम %1 अनुरोध, एक साथ %Ln</numerusform>
            <numerusform>प्रति सेकंड अधिकतम %1 अनुरोध, एक साथ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no limit, %Ln request(s) at once</source>
        <translation>
            <numerusform>कोई सीमा नहीं, एक साथ %Ln अनुरोध</numerusform>
            <numerusform>कोई सीमा नहीं, एक साथ %Ln अनुरोध</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignController</name>
    <message>
        <source>The app was started without a history store, which campaigns are kept in.</source>
        <translation>ऐप बिना इतिहास-भंडार के शुरू हुआ है, और अभियान उसी में रखे जाते हैं।</translation>
    </message>
    <message>
        <source>A campaign is starting</source>
        <translation>एक अभियान शुरू हो रहा है</translation>
    </message>
    <message>
        <source>The campaign “%1” is paused: resume or stop it before sending anything else</source>
        <translation>अभियान “%1” रुका हुआ है: कुछ और भेजने से पहले उसे फिर से शुरू करें या बंद करें</translation>
    </message>
    <message>
        <source>The campaign “%1” is stopping</source>
        <translation>अभियान “%1” बंद हो रहा है</translation>
    </message>
    <message>
        <source>The campaign “%1” is being sent: wait for it, or stop it, before sending anything else</source>
        <translation>अभियान “%1” भेजा जा रहा है: कुछ और भेजने से पहले उसके पूरा होने तक रुकें, या उसे बंद करें</translation>
    </message>
    <message>
        <source>Send campaign</source>
        <translation>अभियान भेजें</translation>
    </message>
    <message>
        <source>Campaigns cannot be sent: %1</source>
        <translation>अभियान नहीं भेजे जा सकते: %1</translation>
    </message>
    <message>
        <source>No row of %1 can be sent; nothing was sent.</source>
        <translation>%1 की कोई भी पंक्ति भेजी नहीं जा सकती; कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>There is no API key for the account “%1”, so nothing was sent. Store it in Accounts, then send the campaign again.</source>
        <translation>खाते “%1” की कोई API कुंजी नहीं है, इसलिए कुछ नहीं भेजा गया। उसे खातों में सहेजें, फिर अभियान दोबारा भेजें।</translation>
    </message>
    <message>
        <source>The campaign could not be stored, so nothing was sent: %1</source>
        <translation>अभियान सहेजा नहीं जा सका, इसलिए कुछ नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>Sending the campaign “%1”</source>
        <translation>अभियान “%1” भेजा जा रहा है</translation>
    </message>
    <message>
        <source>The campaign “%1” is being sent by another program (soip campaign, or another SOIP Composer); nothing was sent from here.</source>
        <translation>अभियान “%1” किसी दूसरे प्रोग्राम से भेजा जा रहा है (soip campaign, या कोई दूसरा SOIP Composer); यहाँ से कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>There is no campaign %1 in the history store.</source>
        <translation>इतिहास-भंडार में %1 नाम का कोई अभियान नहीं है।</translation>
    </message>
    <message>
        <source>The campaign “%1” was discarded; its rows stay in the history.</source>
        <translation>अभियान “%1” छोड़ दिया गया; उसकी पंक्तियाँ इतिहास में बनी रहेंगी।</translation>
    </message>
    <message>
        <source>Re-send unknown rows</source>
        <translation>अज्ञात पंक्तियाँ दोबारा भेजें</translation>
    </message>
    <message>
        <source>Only do this after checking their status: a number whose message was delivered gets it twice.</source>
        <translation>ऐसा उनकी स्थिति जाँचने के बाद ही करें: जिस नंबर तक संदेश पहुँच चुका है, उसे वह दो बार मिलेगा।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Resume campaign</source>
        <translation>अभियान फिर से शुरू करें</translation>
    </message>
    <message>
        <source>The account “%1” of this campaign no longer exists, so nothing was sent.</source>
        <translation>इस अभियान का खाता “%1” अब मौजूद नहीं है, इसलिए कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>There is no API key for the account “%1”, so nothing was sent. Store it in Accounts, then resume the campaign.</source>
        <translation>खाते “%1” की कोई API कुंजी नहीं है, इसलिए कुछ नहीं भेजा गया। उसे खातों में सहेजें, फिर अभियान फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Stop campaign</source>
        <translation>अभियान बंद करें</translation>
    </message>
    <message>
        <source>Stop the campaign “%1”?</source>
        <translation>अभियान “%1” बंद करें?</translation>
    </message>
    <message>
        <source>No new requests go out; those on the network finish. The rows not sent stay in the history, and the campaign can be resumed later.</source>
        <translation>कोई नया अनुरोध नहीं जाएगा; नेटवर्क पर मौजूद अनुरोध पूरे होंगे। जो पंक्तियाँ नहीं भेजी गईं, वे इतिहास में रहेंगी, और अभियान बाद में फिर से शुरू किया जा सकता है।</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>भेजना &amp;जारी रखें</translation>
    </message>
    <message>
        <source>Campaign in progress</source>
        <translation>अभियान चल रहा है</translation>
    </message>
    <message>
        <source>The campaign “%1” is being sent.</source>
        <translation>अभियान “%1” भेजा जा रहा है।</translation>
    </message>
    <message>
        <source>Stop it and close? The requests on the network finish first; the rows not sent stay in the history and are offered for resumption on the next start.</source>
        <translation>इसे बंद करके विंडो बंद करें? नेटवर्क पर मौजूद अनुरोध पहले पूरे होंगे; जो पंक्तियाँ नहीं भेजी गईं, वे इतिहास में रहेंगी और अगली बार ऐप खुलने पर फिर से शुरू करने के लिए पेश की जाएँगी।</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>बंद करें और &amp;विंडो बंद करें</translation>
    </message>
    <message>
        <source>Stopping the campaign: waiting for the requests on the network…</source>
        <translation>अभियान बंद हो रहा है: नेटवर्क पर मौजूद अनुरोधों का इंतज़ार…</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 sent</source>
        <extracomment>&quot;Paused — 1,200 of 40,000 sent&quot;</extracomment>
        <translation>%1 — %3 में से %2 भेजी गईं</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Pausing (waiting for the requests on the network)</source>
        <translation>रुक रहा है (नेटवर्क पर मौजूद अनुरोधों का इंतज़ार)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>Stopping (waiting for the requests on the network)</source>
        <translation>बंद हो रहा है (नेटवर्क पर मौजूद अनुरोधों का इंतज़ार)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>No campaign is being sent.</source>
        <translation>कोई अभियान नहीं भेजा जा रहा।</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>बंद किया गया</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 unknown, %4 not sent, %5 pending.</source>
        <translation>%1 स्वीकार, %2 अस्वीकार, %3 अज्ञात, %4 नहीं भेजी गईं, %5 बाकी।</translation>
    </message>
    <message>
        <source>The campaign “%1” ended: %2</source>
        <translation>अभियान “%1” समाप्त हुआ: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was already sent to this spreadsheet on %2: %Ln row(s) accepted.</source>
        <translation>
            <numerusform>“%1” इस स्प्रेडशीट को %2 को पहले ही भेजा जा चुका है: %Ln पंक्ति स्वीकार हुई।</numerusform>
            <numerusform>“%1” इस स्प्रेडशीट को %2 को पहले ही भेजा जा चुका है: %Ln पंक्तियाँ स्वीकार हुईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending it again sends every row again: each customer would get the message twice. To finish an interrupted run, resume it instead.</source>
        <translation>फिर से भेजने पर हर पंक्ति को दोबारा भेजा जाएगा: हर ग्राहक को संदेश दो बार मिलेगा। अधूरा रह गया अभियान पूरा करने के लिए उसे फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>फिर से भेजें(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Send the message again to %Ln unknown row(s)?</source>
        <translation>
            <numerusform>%Ln अज्ञात पंक्ति को संदेश दोबारा भेजें?</numerusform>
            <numerusform>%Ln अज्ञात पंक्तियों को संदेश दोबारा भेजें?</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign was started by “soip” for the account SID %1 at %2, with the key from KALEYRA_API_KEY, so nothing was sent. Add an account with that SID and address in Accounts, or resume it where it was started: soip campaign resume %3</source>
        <translation>यह अभियान “soip” से खाता SID %1 के लिए %2 पर, KALEYRA_API_KEY की कुंजी से शुरू किया गया था, इसलिए कुछ नहीं भेजा गया। खाते में उसी SID और पते वाला खाता जोड़ें, या इसे वहीं फिर से शुरू करें जहाँ यह शुरू हुआ था: soip campaign resume %3</translation>
    </message>
    <message>
        <source>The campaign “%1” is paused.</source>
        <translation>अभियान “%1” रुका हुआ है।</translation>
    </message>
    <message>
        <source>Stop it and close? The rows not sent stay in the history and are offered for resumption on the next start.</source>
        <translation>इसे बंद करके विंडो बंद करें? जो पंक्तियाँ नहीं भेजी गईं, वे इतिहास में रहेंगी और अगली बार ऐप खुलने पर फिर से शुरू करने के लिए पेश की जाएँगी।</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>&amp;खुला रहने दें</translation>
    </message>
    <message>
        <source>The API key for the account “%1” could not be read from the system keychain, so nothing was sent.</source>
        <translation>खाते “%1” की API कुंजी सिस्टम कीचेन से पढ़ी नहीं जा सकी, इसलिए कुछ नहीं भेजा गया।</translation>
    </message>
    <message numerus="yes">
        <source>Sending, held back %n second(s) by the service (too many requests)</source>
        <extracomment>The service answered 429: &quot;Sending, held back 30 seconds by the service (too many requests)&quot;</extracomment>
        <translation>
            <numerusform>भेजा जा रहा है, सेवा ने %n सेकंड के लिए रोका है (बहुत अधिक अनुरोध)</numerusform>
            <numerusform>भेजा जा रहा है, सेवा ने %n सेकंड के लिए रोका है (बहुत अधिक अनुरोध)</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows not sent yet can still go: press Resume, now or later (the next start offers it too).</source>
        <translation>जो पंक्तियाँ अभी नहीं भेजी गईं, वे अब भी जा सकती हैं: अभी या बाद में “फिर से शुरू करें” दबाएँ (अगली बार खोलने पर भी यह पूछा जाता है)।</translation>
    </message>
    <message>
        <source>Unknown rows: their request went out but the answer was lost, so they may have been delivered. History lists them; check those numbers on the Kaleyra console before sending them again.</source>
        <translation>अज्ञात पंक्तियाँ: उनका अनुरोध चला गया था पर जवाब खो गया, इसलिए हो सकता है वे पहुँच गई हों। इतिहास में वे दिखती हैं; दोबारा भेजने से पहले उन नंबरों को Kaleyra कंसोल पर जाँचें।</translation>
    </message>
</context>
<context>
    <name>soip::CampaignDraft</name>
    <message>
        <source>%1 cannot be used: %2 Choose the file again.</source>
        <translation>%1 का उपयोग नहीं हो सकता: %2 फ़ाइल फिर से चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%1 has changed since it was chosen; the campaign goes to its rows as they are now (%Ln row(s)).</source>
        <translation>
            <numerusform>%1 चुने जाने के बाद बदल गई है; अभियान उसकी मौजूदा पंक्तियों (%Ln पंक्ति) को जाएगा।</numerusform>
            <numerusform>%1 चुने जाने के बाद बदल गई है; अभियान उसकी मौजूदा पंक्तियों (%Ln पंक्तियाँ) को जाएगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of %1 can be sent.</source>
        <translation>%1 की कोई भी पंक्ति भेजी नहीं जा सकती।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln पंक्ति: %1</numerusform>
            <numerusform>%Ln पंक्तियाँ: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1 — column “%2”</source>
        <translation>
            <numerusform>%Ln पंक्ति: %1 — कॉलम “%2”</numerusform>
            <numerusform>%Ln पंक्तियाँ: %1 — कॉलम “%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>(row %1)</source>
        <translation>(पंक्ति %1)</translation>
    </message>
    <message>
        <source>(rows %1)</source>
        <translation>(पंक्तियाँ %1)</translation>
    </message>
</context>
<context>
    <name>soip::CampaignExecution</name>
    <message>
        <source>The campaign&apos;s lock file %1 could not be written.</source>
        <translation>अभियान की लॉक फ़ाइल %1 लिखी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>soip::CampaignFile</name>
    <message>
        <source>The campaign file is not valid JSON: %1 (at byte %2).</source>
        <translation>अभियान फ़ाइल मान्य JSON नहीं है: %1 (बाइट %2 पर)।</translation>
    </message>
    <message>
        <source>This is not a campaign file.</source>
        <translation>यह अभियान फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The campaign file was written by a newer version of SOIP Composer (format %1); this version reads format %2.</source>
        <translation>यह अभियान फ़ाइल SOIP Composer के नए संस्करण ने लिखी है (फ़ॉर्मैट %1); यह संस्करण फ़ॉर्मैट %2 पढ़ता है।</translation>
    </message>
    <message>
        <source>The campaign file has no message template.</source>
        <translation>अभियान फ़ाइल में संदेश का टेम्पलेट नहीं है।</translation>
    </message>
    <message>
        <source>The campaign file does not say which spreadsheet holds the recipients.</source>
        <translation>अभियान फ़ाइल में यह नहीं लिखा कि प्राप्तकर्ता किस स्प्रेडशीट में हैं।</translation>
    </message>
</context>
<context>
    <name>soip::CampaignJournal</name>
    <message>
        <source>The campaign journal could not be written: %1</source>
        <translation>अभियान की जर्नल में लिखा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The campaign journal %1 cannot be opened: %2</source>
        <translation>अभियान की जर्नल %1 खोली नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>The campaign could not be stored: %1</source>
        <translation>अभियान सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The campaign journal %1 cannot be read: %2</source>
        <translation>अभियान की जर्नल %1 पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>The campaign journal cannot be set up: %1</source>
        <translation>अभियान की जर्नल तैयार नहीं की जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>soip::CampaignLayoutProblems</name>
    <message numerus="yes">
        <source>%Ln row(s): %1</source>
        <translation>
            <numerusform>%Ln पंक्ति: %1</numerusform>
            <numerusform>%Ln पंक्तियाँ: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1 — column “%2” is long</source>
        <translation>
            <numerusform>%Ln पंक्ति: %1 — कॉलम “%2” लंबा है</numerusform>
            <numerusform>%Ln पंक्तियाँ: %1 — कॉलम “%2” लंबा है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): %1 — column “%2”</source>
        <translation>
            <numerusform>%Ln पंक्ति: %1 — कॉलम “%2”</numerusform>
            <numerusform>%Ln पंक्तियाँ: %1 — कॉलम “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignMeter</name>
    <message>
        <source>less than a second</source>
        <translation>एक सेकंड से कम</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>लगभग %n सेकंड</numerusform>
            <numerusform>लगभग %n सेकंड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>लगभग %n मिनट</numerusform>
            <numerusform>लगभग %n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <extracomment>&quot;about 2 h 5 min&quot;: hours, then minutes</extracomment>
        <translation>लगभग %1 घंटे %2 मिनट</translation>
    </message>
</context>
<context>
    <name>soip::CampaignPanel</name>
    <message>
        <source>Campaign state</source>
        <translation>अभियान की स्थिति</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>भेजी गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>स्वीकार:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>अस्वीकार:</translation>
    </message>
    <message>
        <source>Unknown:</source>
        <translation>अज्ञात:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>बाकी:</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>मौजूदा दर</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>बचा हुआ समय</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>दर:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>बचा हुआ समय:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;रोकें</translation>
    </message>
    <message>
        <source>Hand out no new requests; those on the network finish</source>
        <translation>कोई नया अनुरोध न भेजें; नेटवर्क पर मौजूद अनुरोध पूरे होंगे</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर से &amp;शुरू करें</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>बं&amp;द करें…</translation>
    </message>
    <message>
        <source>Stop the campaign; it can be resumed later</source>
        <translation>अभियान बंद करें; इसे बाद में फिर से शुरू किया जा सकता है</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>माप रहे हैं…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>&amp;Pause Campaign</source>
        <translation>अभियान &amp;रोकें</translation>
    </message>
    <message>
        <source>&amp;Resume Campaign</source>
        <translation>अभियान फिर से &amp;शुरू करें</translation>
    </message>
    <message>
        <source>S&amp;top Campaign…</source>
        <translation>अभियान बं&amp;द करें…</translation>
    </message>
    <message>
        <source>Carry on with the rows not sent yet; none is sent twice</source>
        <translation>जो पंक्तियाँ अभी नहीं भेजी गईं, उन्हें भेजना जारी रखें; कोई भी दो बार नहीं भेजी जाती</translation>
    </message>
    <message>
        <source>after the pause the service asked for</source>
        <translation>सेवा द्वारा माँगे गए विराम के बाद</translation>
    </message>
    <message>
        <source>%1 requests a second</source>
        <translation>%1 अनुरोध प्रति सेकंड</translation>
    </message>
</context>
<context>
    <name>soip::CampaignPlan</name>
    <message>
        <source>No column holds the phone numbers. Name it phone, mobile, number or msisdn, or give it with --phone-column. The columns are: %1.</source>
        <translation>किसी भी कॉलम में फ़ोन नंबर नहीं हैं। उसका नाम phone, mobile, number या msisdn रखें, या उसे --phone-column से बताएँ। कॉलम ये हैं: %1।</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;. The columns are: %2.</source>
        <translation>&quot;%1&quot; नाम का कोई कॉलम नहीं है। कॉलम ये हैं: %2।</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>फ़ोन नंबर ख़ाली है।</translation>
    </message>
    <message>
        <source>%1 is already in row %2; it is sent once.</source>
        <translation>%1 पहले से पंक्ति %2 में है; इसे एक ही बार भेजा जाता है।</translation>
    </message>
</context>
<context>
    <name>soip::CampaignQuestions</name>
    <message>
        <source>Interrupted campaign</source>
        <translation>अधूरा अभियान</translation>
    </message>
    <message>
        <source>The campaign “%1” (%2) did not finish.</source>
        <translation>अभियान “%1” (%2) पूरा नहीं हुआ।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not sent yet.</source>
        <translation>
            <numerusform>%Ln पंक्ति अभी भेजी नहीं गई है।</numerusform>
            <numerusform>%Ln पंक्तियाँ अभी भेजी नहीं गई हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) accepted, %1 rejected.</source>
        <translation>
            <numerusform>%Ln पंक्ति स्वीकार हुई, %1 अस्वीकार।</numerusform>
            <numerusform>%Ln पंक्तियाँ स्वीकार हुईं, %1 अस्वीकार।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर से &amp;शुरू करें</translation>
    </message>
    <message>
        <source>Resume and re-send &amp;unknown rows…</source>
        <translation>फिर से शुरू करें और &amp;अज्ञात पंक्तियाँ दोबारा भेजें…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;अभी नहीं</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;छोड़ दें</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) unknown: their request went out but the answer was lost, so they may have been delivered. History lists them; check those numbers on the Kaleyra console before sending them again. Resume does not send them.</source>
        <translation>
            <numerusform>%Ln पंक्ति अज्ञात: उसका अनुरोध चला गया था पर जवाब खो गया, इसलिए हो सकता है वह पहुँच गई हो। इतिहास में वह दिखती है; दोबारा भेजने से पहले उस नंबर को Kaleyra कंसोल पर जाँचें। “फिर से शुरू करें” उसे नहीं भेजता।</numerusform>
            <numerusform>%Ln पंक्तियाँ अज्ञात: उनका अनुरोध चला गया था पर जवाब खो गया, इसलिए हो सकता है वे पहुँच गई हों। इतिहास में वे दिखती हैं; दोबारा भेजने से पहले उन नंबरों को Kaleyra कंसोल पर जाँचें। “फिर से शुरू करें” उन्हें नहीं भेजता।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignReport</name>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Rows by outcome</source>
        <translation>परिणाम के अनुसार पंक्तियाँ</translation>
    </message>
    <message>
        <source>Accepted rows by delivery status</source>
        <translation>डिलीवरी स्थिति के अनुसार स्वीकार की गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>डिलीवर नहीं हुआ</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>फ़ोन के जवाब की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>अभी पूछा नहीं गया</translation>
    </message>
    <message>
        <source>Show rows in state</source>
        <translation>इस स्थिति वाली पंक्तियाँ दिखाएँ</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Show rows with vendor code</source>
        <translation>इस वेंडर कोड वाली पंक्तियाँ दिखाएँ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Write the rows the table shows to a CSV file</source>
        <translation>तालिका में दिख रही पंक्तियों को CSV फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Campaign rows</source>
        <translation>कैंपेन की पंक्तियाँ</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>स्थिति(&amp;S):</translation>
    </message>
    <message>
        <source>Vendor &amp;code:</source>
        <translation>वेंडर कोड(&amp;C):</translation>
    </message>
    <message>
        <source>Choose a campaign in the list to see its delivery report.</source>
        <translation>डिलीवरी रिपोर्ट देखने के लिए सूची में कोई कैंपेन चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2 accepted, %3 rejected, %4 not sent, %5 unknown.</source>
        <translation>
            <numerusform>%1: %n पंक्ति, %2 स्वीकार, %3 अस्वीकार, %4 नहीं भेजी गईं, %5 अज्ञात।</numerusform>
            <numerusform>%1: %n पंक्तियाँ, %2 स्वीकार, %3 अस्वीकार, %4 नहीं भेजी गईं, %5 अज्ञात।</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>सभी कोड</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s)): %2</source>
        <translation>
            <numerusform>%1 (%n पंक्ति): %2</numerusform>
            <numerusform>%1 (%n पंक्तियाँ): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unknown: the request went out, but its answer was lost (the program was stopped or the connection broke on the way), so the message may have arrived. They are never sent again by themselves. Check those numbers (State: Unknown) on the Kaleyra console; only then choose to re-send them when the campaign is resumed.</source>
        <translation>
            <numerusform>%n पंक्ति अज्ञात: अनुरोध चला गया था, पर उसका जवाब खो गया (प्रोग्राम रोका गया या रास्ते में कनेक्शन टूट गया), इसलिए हो सकता है संदेश पहुँच गया हो। यह अपने आप दोबारा कभी नहीं भेजी जाती। उस नंबर को (स्थिति: अज्ञात) Kaleyra कंसोल पर जाँचें; उसके बाद ही अभियान फिर शुरू करते समय उसे दोबारा भेजना चुनें।</numerusform>
            <numerusform>%n पंक्तियाँ अज्ञात: अनुरोध चला गया था, पर उसका जवाब खो गया (प्रोग्राम रोका गया या रास्ते में कनेक्शन टूट गया), इसलिए हो सकता है संदेश पहुँच गया हो। ये अपने आप दोबारा कभी नहीं भेजी जातीं। उन नंबरों को (स्थिति: अज्ञात) Kaleyra कंसोल पर जाँचें; उसके बाद ही अभियान फिर शुरू करते समय उन्हें दोबारा भेजना चुनें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent: nothing left for them (the service could not be reached), so they did not arrive.</source>
        <translation>
            <numerusform>%n पंक्ति नहीं भेजी गई: उसके लिए कुछ नहीं गया (सेवा तक पहुँचा नहीं जा सका), इसलिए वह नहीं पहुँची।</numerusform>
            <numerusform>%n पंक्तियाँ नहीं भेजी गईं: उनके लिए कुछ नहीं गया (सेवा तक पहुँचा नहीं जा सका), इसलिए वे नहीं पहुँचीं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::CampaignRunner</name>
    <message>
        <source>The campaign journal could not be synced to the disk, so nothing more is sent.</source>
        <translation>अभियान का जर्नल डिस्क पर सुरक्षित नहीं लिखा जा सका, इसलिए अब और कुछ नहीं भेजा जाएगा।</translation>
    </message>
</context>
<context>
    <name>soip::CampaignTemplate</name>
    <message>
        <source>A placeholder is not closed: &quot;%1&quot; needs }} after the column name.</source>
        <translation>एक प्लेसहोल्डर बंद नहीं है: &quot;%1&quot; में कॉलम के नाम के बाद }} चाहिए।</translation>
    </message>
    <message>
        <source>A placeholder has no column name: write {{column name}}.</source>
        <translation>एक प्लेसहोल्डर में कॉलम का नाम नहीं है: {{column name}} लिखें।</translation>
    </message>
    <message>
        <source>The template uses {{%1}}, but the recipients file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>टेम्पलेट में {{%1}} है, पर प्राप्तकर्ताओं की फ़ाइल में &quot;%1&quot; नाम का कोई कॉलम नहीं है। उसके कॉलम ये हैं: %2।</translation>
    </message>
</context>
<context>
    <name>soip::CardEditor</name>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Shown on the card, e.g. Offers</source>
        <translation>कार्ड पर दिखती है, जैसे ऑफ़र</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>उप-श्रेणी</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>Core entity</source>
        <translation>मुख्य इकाई</translation>
    </message>
    <message>
        <source>The card&apos;s main subject, e.g. an order number</source>
        <translation>कार्ड का मुख्य विषय, जैसे ऑर्डर नंबर</translation>
    </message>
    <message>
        <source>&amp;Titles:</source>
        <translation>शीर्षक(&amp;T):</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>श्रेणी(&amp;G):</translation>
    </message>
    <message>
        <source>Su&amp;b-category:</source>
        <translation>उप-श्रेणी(&amp;B):</translation>
    </message>
    <message>
        <source>Core entit&amp;y:</source>
        <translation>मुख्य इकाई(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>soip::CompareDock</name>
    <message>
        <source>Compare phones</source>
        <translation>फ़ोन की तुलना</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>%1 (%2 dp)</source>
        <translation>%1 (%2 dp)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <source>Font sizes</source>
        <translation>फ़ॉन्ट साइज़</translation>
    </message>
    <message>
        <source>Zoom of the compared phones</source>
        <translation>तुलना वाले फ़ोन का ज़ूम</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation>शीट एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Export the compared phones as one PNG</source>
        <translation>तुलना वाले सभी फ़ोन एक PNG में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Save every phone shown here as one labelled PNG contact sheet</source>
        <translation>यहाँ दिखे हर फ़ोन को लेबल वाली एक PNG कॉन्टैक्ट शीट में सहेजें</translation>
    </message>
    <message>
        <source>Compared phones</source>
        <translation>तुलना वाले फ़ोन</translation>
    </message>
    <message>
        <source>contact-sheet.png</source>
        <translation>contact-sheet.png</translation>
    </message>
    <message>
        <source>Export Contact Sheet as PNG</source>
        <translation>कॉन्टैक्ट शीट को PNG के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>The contact sheet could not be saved as %1:
%2</source>
        <translation>कॉन्टैक्ट शीट %1 के रूप में सहेजी नहीं जा सकी:
%2</translation>
    </message>
    <message>
        <source>Longest rows</source>
        <translation>सबसे लंबी पंक्तियाँ</translation>
    </message>
    <message>
        <source>Show the campaign&apos;s longest rows</source>
        <translation>अभियान की सबसे लंबी पंक्तियाँ दिखाएँ</translation>
    </message>
    <message>
        <source>Show the campaign rows whose cards have the most text, instead of the row shown</source>
        <translation>दिखाई गई पंक्ति की जगह अभियान की वे पंक्तियाँ दिखाएँ जिनके कार्ड में सबसे ज़्यादा टेक्स्ट है</translation>
    </message>
</context>
<context>
    <name>soip::ComposerForm</name>
    <message>
        <source>Message form</source>
        <translation>संदेश फ़ॉर्म</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>संदेश का प्रकार</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>Rich media card</source>
        <translation>रिच मीडिया कार्ड</translation>
    </message>
    <message>
        <source>Call-to-action card</source>
        <translation>कॉल-टू-ऐक्शन कार्ड</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>प्रकार(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>प्राप्तकर्ता(&amp;R):</translation>
    </message>
    <message>
        <source>Sender and delivery</source>
        <translation>प्रेषक और डिलीवरी</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>Image or video</source>
        <translation>इमेज या वीडियो</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>संदेश(&amp;G):</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>बटन</translation>
    </message>
    <message>
        <source>%1 (not a type)</source>
        <translation>%1 (प्रकार नहीं है)</translation>
    </message>
    <message>
        <source>Plain text, like an SMS.</source>
        <translation>सादा टेक्स्ट, SMS की तरह।</translation>
    </message>
    <message>
        <source>A card with an image or a video, titles, text and optional buttons.</source>
        <translation>इमेज या वीडियो, शीर्षक, टेक्स्ट और वैकल्पिक बटनों वाला कार्ड।</translation>
    </message>
    <message>
        <source>A card with titles, text and one to four buttons.</source>
        <translation>शीर्षक, टेक्स्ट और एक से चार बटनों वाला कार्ड।</translation>
    </message>
    <message>
        <source>Choose Text, Rich media card or Call-to-action card.</source>
        <translation>टेक्स्ट, रिच मीडिया कार्ड या कॉल-टू-ऐक्शन कार्ड चुनें।</translation>
    </message>
</context>
<context>
    <name>soip::ContactSheet</name>
    <message>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>%1 dp · %2 · font size %3</source>
        <translation>%1 dp · %2 · फ़ॉन्ट साइज़ %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>soip::ContactSheetWidget</name>
    <message>
        <source>The message on several phones</source>
        <translation>कई फ़ोन पर संदेश</translation>
    </message>
</context>
<context>
    <name>soip::CredentialResult</name>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation>API कुंजी सिस्टम कीचेन में सहेजी गई है।</translation>
    </message>
    <message>
        <source>No API key is stored for this account yet.</source>
        <translation>इस खाते के लिए अभी कोई API कुंजी सहेजी नहीं गई है।</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the API key cannot be stored. You can use the key for this session only, or set the KALEYRA_API_KEY environment variable for the command-line tool.</source>
        <translation>इस कंप्यूटर पर कोई सिस्टम कीचेन उपलब्ध नहीं है, इसलिए API कुंजी सहेजी नहीं जा सकती। आप कुंजी का उपयोग केवल इस सत्र के लिए कर सकते हैं, या कमांड-लाइन टूल के लिए KALEYRA_API_KEY एनवायरनमेंट वेरिएबल सेट कर सकते हैं।</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>सिस्टम कीचेन ने एक त्रुटि बताई: %1</translation>
    </message>
    <message>
        <source>The system keychain refused access: it is locked, or its prompt was dismissed. Unlock it and try again.</source>
        <translation>सिस्टम कीचेन ने पहुँच से मना कर दिया: वह लॉक है, या उसका संकेत बंद कर दिया गया। उसे अनलॉक करें और फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>soip::CsvExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>soip::CsvFileDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file was not written.</source>
        <translation>CSV फ़ाइल नहीं लिखी गई।</translation>
    </message>
</context>
<context>
    <name>soip::CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>यह फ़ाइल UTF-8 टेक्स्ट नहीं है। स्प्रेडशीट से इसे &quot;CSV UTF-8&quot; के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>यह फ़ाइल मान्य UTF-16 टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <source>The file holds binary data, not text: is it a spreadsheet saved in another format?</source>
        <translation>इस फ़ाइल में टेक्स्ट नहीं, बाइनरी डेटा है: क्या यह किसी दूसरे फ़ॉर्मैट में सहेजी गई स्प्रेडशीट है?</translation>
    </message>
    <message>
        <source>Row %1 (line %2): a quoted cell is not closed; a &quot; is missing.</source>
        <translation>पंक्ति %1 (लाइन %2): उद्धरण चिह्न वाला एक सेल बंद नहीं है; एक &quot; छूटा है।</translation>
    </message>
    <message>
        <source>Row %1 (line %2): text follows a closing quote; inside a quoted cell a quote is written twice (&quot;&quot;).</source>
        <translation>पंक्ति %1 (लाइन %2): बंद करने वाले उद्धरण चिह्न के बाद टेक्स्ट है; उद्धरण वाले सेल के अंदर उद्धरण चिह्न दो बार (&quot;&quot;) लिखा जाता है।</translation>
    </message>
    <message>
        <source>The file is empty: the first row must hold the column names.</source>
        <translation>फ़ाइल ख़ाली है: पहली पंक्ति में कॉलम के नाम होने चाहिए।</translation>
    </message>
    <message>
        <source>The column name &quot;%1&quot; appears twice in the first row.</source>
        <translation>कॉलम का नाम &quot;%1&quot; पहली पंक्ति में दो बार है।</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>फ़ाइल पढ़ना रोक दिया गया।</translation>
    </message>
    <message>
        <source>The file is larger than 4 GiB.</source>
        <translation>फ़ाइल 4 GiB से बड़ी है।</translation>
    </message>
</context>
<context>
    <name>soip::DeepLinkEditor</name>
    <message>
        <source>Saved apps</source>
        <translation>सहेजे गए ऐप</translation>
    </message>
    <message>
        <source>Save app…</source>
        <translation>ऐप सहेजें…</translation>
    </message>
    <message>
        <source>Save this app to the list</source>
        <translation>इस ऐप को सूची में सहेजें</translation>
    </message>
    <message>
        <source>Keep this package and class in the list of saved apps</source>
        <translation>इस पैकेज और क्लास को सहेजे गए ऐप की सूची में रखें</translation>
    </message>
    <message>
        <source>Intent action</source>
        <translation>इंटेंट ऐक्शन</translation>
    </message>
    <message>
        <source>MAIN opens the app&apos;s start screen; VIEW opens content the app shows.</source>
        <translation>MAIN ऐप की शुरुआती स्क्रीन खोलता है; VIEW ऐप में दिखाई जाने वाली सामग्री खोलता है।</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>पैकेज का नाम</translation>
    </message>
    <message>
        <source>e.g. com.flipkart.android</source>
        <translation>जैसे com.flipkart.android</translation>
    </message>
    <message>
        <source>Class name or Play Store URL</source>
        <translation>क्लास का नाम या Play Store URL</translation>
    </message>
    <message>
        <source>Activity class, or a Play Store link</source>
        <translation>ऐक्टिविटी क्लास, या Play Store लिंक</translation>
    </message>
    <message>
        <source>Play Store link</source>
        <translation>Play Store लिंक</translation>
    </message>
    <message>
        <source>Use the Play Store link of this package</source>
        <translation>इस पैकेज का Play Store लिंक इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Saved a&amp;pps:</source>
        <translation>सहेजे गए ऐप(&amp;P):</translation>
    </message>
    <message>
        <source>Inte&amp;nt action:</source>
        <translation>इंटेंट ऐक्शन(&amp;N):</translation>
    </message>
    <message>
        <source>Pac&amp;kage:</source>
        <translation>पैकेज(&amp;K):</translation>
    </message>
    <message>
        <source>C&amp;lass or URL:</source>
        <translation>क्लास या URL(&amp;L):</translation>
    </message>
    <message>
        <source>Choose a saved app…</source>
        <translation>सहेजा गया ऐप चुनें…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type a package name first</source>
        <translation>पहले पैकेज का नाम लिखें</translation>
    </message>
    <message>
        <source>Save app</source>
        <translation>ऐप सहेजें</translation>
    </message>
    <message>
        <source>Name shown in the list of saved apps:</source>
        <translation>सहेजे गए ऐप की सूची में दिखने वाला नाम:</translation>
    </message>
    <message>
        <source>Set the class to %1</source>
        <translation>क्लास को %1 पर सेट करें</translation>
    </message>
    <message>
        <source>Type the package name first</source>
        <translation>पहले पैकेज का नाम लिखें</translation>
    </message>
</context>
<context>
    <name>soip::DeepLinksEditor</name>
    <message>
        <source>Add app link</source>
        <translation>ऐप लिंक जोड़ें</translation>
    </message>
    <message>
        <source>Add another app link to this button</source>
        <translation>इस बटन में एक और ऐप लिंक जोड़ें</translation>
    </message>
    <message>
        <source>App link %1</source>
        <translation>ऐप लिंक %1</translation>
    </message>
    <message>
        <source>Remove app link %1</source>
        <translation>ऐप लिंक %1 हटाएँ</translation>
    </message>
</context>
<context>
    <name>soip::DeliveryStatus</name>
    <message>
        <source>Not confirmed yet: the phone has not reported back. Ask again in a few seconds.</source>
        <translation>अभी पुष्टि नहीं हुई: फ़ोन से जवाब नहीं आया है। कुछ सेकंड बाद फिर पूछें।</translation>
    </message>
    <message>
        <source>Delivered to the phone.</source>
        <translation>फ़ोन पर डिलीवर हो गया।</translation>
    </message>
    <message>
        <source>Not delivered: the message type is not supported (only MKT, TXN and OTP routes are).</source>
        <translation>डिलीवर नहीं हुआ: यह संदेश प्रकार समर्थित नहीं है (केवल MKT, TXN और OTP रूट समर्थित हैं)।</translation>
    </message>
    <message>
        <source>Not delivered: the message could not be read by the platform.</source>
        <translation>डिलीवर नहीं हुआ: प्लेटफ़ॉर्म संदेश को पढ़ नहीं सका।</translation>
    </message>
    <message>
        <source>Not delivered: the request source is not supported.</source>
        <translation>डिलीवर नहीं हुआ: अनुरोध का स्रोत समर्थित नहीं है।</translation>
    </message>
    <message>
        <source>Not delivered: the operator blocks this number.</source>
        <translation>डिलीवर नहीं हुआ: ऑपरेटर ने यह नंबर ब्लॉक किया है।</translation>
    </message>
    <message>
        <source>Delivered, although the phone confirmed it late.</source>
        <translation>डिलीवर हो गया, हालाँकि फ़ोन ने देर से पुष्टि की।</translation>
    </message>
    <message>
        <source>Not delivered: the phone is not reachable (switched off or offline).</source>
        <translation>डिलीवर नहीं हुआ: फ़ोन पहुँच से बाहर है (बंद है या ऑफ़लाइन है)।</translation>
    </message>
    <message>
        <source>Not delivered because of a network error.</source>
        <translation>नेटवर्क त्रुटि के कारण डिलीवर नहीं हुआ।</translation>
    </message>
    <message>
        <source>Delivered more than once to the phone.</source>
        <translation>फ़ोन पर एक से ज़्यादा बार डिलीवर हुआ।</translation>
    </message>
    <message>
        <source>Not delivered: the operator has blacklisted this number.</source>
        <translation>डिलीवर नहीं हुआ: ऑपरेटर ने इस नंबर को ब्लैकलिस्ट किया है।</translation>
    </message>
    <message>
        <source>Not confirmed: the phone did not acknowledge the message in time.</source>
        <translation>पुष्टि नहीं हुई: फ़ोन ने समय पर संदेश मिलने की पुष्टि नहीं की।</translation>
    </message>
    <message>
        <source>Delivered (the platform sent no delivery callback).</source>
        <translation>डिलीवर हो गया (प्लेटफ़ॉर्म ने कोई डिलीवरी कॉलबैक नहीं भेजा)।</translation>
    </message>
    <message>
        <source>Not delivered (the platform sent no delivery callback).</source>
        <translation>डिलीवर नहीं हुआ (प्लेटफ़ॉर्म ने कोई डिलीवरी कॉलबैक नहीं भेजा)।</translation>
    </message>
    <message>
        <source>Status code %1 is not in the SOIP reference.</source>
        <translation>स्थिति कोड %1 SOIP संदर्भ में नहीं है।</translation>
    </message>
</context>
<context>
    <name>soip::DraftFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 सहेजी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>The file is larger than a campaign file can be (%1 KiB).</source>
        <translation>यह फ़ाइल अभियान फ़ाइल की सीमा (%1 KiB) से बड़ी है।</translation>
    </message>
</context>
<context>
    <name>soip::DraftSession</name>
    <message>
        <source>SOIP drafts (*.json);;All files (*)</source>
        <translation>SOIP ड्राफ़्ट (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>बिना नाम</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” में ऐसे बदलाव हैं जो सहेजे नहीं गए हैं।</translation>
    </message>
    <message>
        <source>Do you want to save them first?</source>
        <translation>क्या आप पहले उन्हें सहेजना चाहते हैं?</translation>
    </message>
    <message>
        <source>&amp;Don’t save</source>
        <translation>न सहेजें(&amp;D)</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>ड्राफ़्ट खोलें</translation>
    </message>
    <message>
        <source>Cannot open draft</source>
        <translation>ड्राफ़्ट नहीं खुल सका</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a SOIP message.</source>
        <translation>“%1” को SOIP संदेश के रूप में नहीं खोला जा सकता।</translation>
    </message>
    <message>
        <source>Opened %1; some values in the file have the wrong type, see Problems.</source>
        <translation>%1 खोली गई; फ़ाइल के कुछ मानों का प्रकार ग़लत है, समस्याएँ देखें।</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 खोली गई</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>ड्राफ़्ट सहेजें</translation>
    </message>
    <message>
        <source>Cannot save draft</source>
        <translation>ड्राफ़्ट नहीं सहेजा जा सका</translation>
    </message>
    <message>
        <source>Your work is still on screen and autosaved. Try another folder with Save As.</source>
        <translation>आपका काम अभी भी स्क्रीन पर है और अपने-आप सहेजा गया है। “इस नाम से सहेजें” से कोई दूसरा फ़ोल्डर आज़माएँ।</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 सहेजी गई</translation>
    </message>
    <message>
        <source>an unsaved message</source>
        <translation>एक बिना सहेजा संदेश</translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translation>अपना काम वापस लाएँ?</translation>
    </message>
    <message>
        <source>SOIP Composer did not close properly last time. Restore %1 as it was on screen?</source>
        <translation>पिछली बार SOIP Composer ठीक से बंद नहीं हुआ था। क्या %1 को वैसे ही वापस लाएँ जैसा वह स्क्रीन पर था?</translation>
    </message>
    <message>
        <source>Last autosaved %1.</source>
        <translation>आख़िरी बार अपने-आप %1 को सहेजा गया।</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>वापस लाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>छोड़ दें(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>बाद में(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the autosave and ask again next time</source>
        <translation>अपने-आप सहेजी गई कॉपी रखें और अगली बार फिर पूछें</translation>
    </message>
    <message>
        <source>Restored your work from the autosave.</source>
        <translation>आपका काम अपने-आप सहेजी गई कॉपी से वापस लाया गया।</translation>
    </message>
    <message>
        <source>SOIP drafts and campaigns (*.json *.%1);;All files (*)</source>
        <translation>SOIP ड्राफ़्ट और अभियान (*.json *.%1);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>SOIP campaigns (*.%1)</source>
        <translation>SOIP अभियान (*.%1)</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>अभियान सहेजें</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>टेम्पलेट निर्यात करें</translation>
    </message>
    <message>
        <source>Cannot export template</source>
        <translation>टेम्पलेट निर्यात नहीं हो सका</translation>
    </message>
    <message>
        <source>Exported the template to %1</source>
        <translation>टेम्पलेट %1 में निर्यात किया गया</translation>
    </message>
    <message>
        <source>A copy of the sent message is open as a new draft.</source>
        <translation>भेजे गए संदेश की एक प्रति नए ड्राफ़्ट के रूप में खुली है।</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>अपने-आप सहेजना विफल रहा</translation>
    </message>
    <message>
        <source>Your work is not being autosaved. Save it to a file to keep it.</source>
        <translation>आपका काम अपने-आप नहीं सहेजा जा रहा है। उसे रखने के लिए किसी फ़ाइल में सहेजें।</translation>
    </message>
    <message>
        <source>Not autosaved: %1</source>
        <translation>अपने-आप नहीं सहेजा गया: %1</translation>
    </message>
    <message>
        <source>Autosave works again: your work is being kept.</source>
        <translation>अपने-आप सहेजना फिर से काम कर रहा है: आपका काम रखा जा रहा है।</translation>
    </message>
</context>
<context>
    <name>soip::EndpointPolicy</name>
    <message>
        <source>The account has no base URL (e.g. https://api.kaleyra.io).</source>
        <translation>खाते का कोई बेस URL नहीं है (जैसे https://api.kaleyra.io)।</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address (e.g. https://api.kaleyra.io).</source>
        <translation>बेस URL &quot;%1&quot; मान्य वेब पता नहीं है (जैसे https://api.kaleyra.io)।</translation>
    </message>
    <message>
        <source>Refusing to use plain http for %1: the API key would travel unencrypted. Use https:// (plain http is only allowed for this computer, e.g. the sandbox).</source>
        <translation>%1 के लिए सादा http इस्तेमाल नहीं किया जाएगा: API कुंजी बिना एन्क्रिप्शन के जाएगी। https:// इस्तेमाल करें (सादा http केवल इसी कंप्यूटर के लिए अनुमत है, जैसे सैंडबॉक्स)।</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; must start with https://.</source>
        <translation>बेस URL &quot;%1&quot; को https:// से शुरू होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>soip::FieldHelp</name>
    <message>
        <source>What kind of message this is. Text is a plain message, like an SMS. A rich media card shows a picture or a video with titles, text and buttons. A call-to-action card shows titles, text and one to four buttons.</source>
        <translation>यह किस तरह का संदेश है। टेक्स्ट SMS जैसा सादा संदेश है। रिच मीडिया कार्ड में तस्वीर या वीडियो के साथ शीर्षक, टेक्स्ट और बटन होते हैं। कॉल-टू-ऐक्शन कार्ड में शीर्षक, टेक्स्ट और एक से चार बटन होते हैं।</translation>
    </message>
    <message>
        <source>The mobile numbers that get the message, each with its country code (+91 for India). You can paste a whole column from a spreadsheet.</source>
        <translation>वे मोबाइल नंबर जिन्हें संदेश मिलेगा, हर एक देश कोड के साथ (भारत के लिए +91)। आप स्प्रेडशीट का पूरा कॉलम भी चिपका सकते हैं।</translation>
    </message>
    <message>
        <source>Sender ID: the name or number the message comes from, as registered for your Kaleyra account (for example TEST-NUM).</source>
        <translation>सेंडर ID: वह नाम या नंबर जिससे संदेश आता है, जैसा आपके Kaleyra खाते के लिए रजिस्टर है (जैसे TEST-NUM)।</translation>
    </message>
    <message>
        <source>Route: what kind of message this is for the phone networks. Marketing is for offers, Transactional for updates a customer expects, One-time password for verification codes. It must be a route your sender ID is registered for.</source>
        <translation>रूट: फ़ोन नेटवर्क के लिए यह किस तरह का संदेश है। मार्केटिंग ऑफ़र के लिए, ट्रांज़ैक्शनल उन अपडेट के लिए जिनकी ग्राहक को उम्मीद है, और वन-टाइम पासवर्ड सत्यापन कोड के लिए। यह वही रूट होना चाहिए जिसके लिए आपकी सेंडर ID रजिस्टर है।</translation>
    </message>
    <message>
        <source>Source: a label for where the message came from, shown in your Kaleyra reports. Empty means API.</source>
        <translation>स्रोत: संदेश कहाँ से आया, इसका लेबल, जो आपकी Kaleyra रिपोर्ट में दिखता है। ख़ाली होने पर API माना जाता है।</translation>
    </message>
    <message>
        <source>Campaign name: your own name for this message, to find it in Kaleyra&apos;s reports. Save As also suggests it as the file name.</source>
        <translation>कैंपेन का नाम: इस संदेश के लिए आपका अपना नाम, ताकि Kaleyra की रिपोर्ट में इसे ढूँढ सकें। &apos;इस रूप में सहेजें&apos; इसे फ़ाइल के नाम के रूप में भी सुझाता है।</translation>
    </message>
    <message>
        <source>Callback profile: the ID of a delivery report address set up in your Kaleyra account. Whether each phone received the message is reported there. Leave it empty if you have none.</source>
        <translation>कॉलबैक प्रोफ़ाइल: आपके Kaleyra खाते में बनाए गए डिलीवरी रिपोर्ट पते की ID। हर फ़ोन को संदेश मिला या नहीं, यह वहाँ बताया जाता है। अगर ऐसा कोई पता नहीं है तो इसे ख़ाली छोड़ दें।</translation>
    </message>
    <message>
        <source>Titles: the bold lines at the top of the card. A card has one to four.</source>
        <translation>शीर्षक: कार्ड के ऊपर की मोटी पंक्तियाँ। एक कार्ड में एक से चार होते हैं।</translation>
    </message>
    <message>
        <source>Moves this title one place up on the card.</source>
        <translation>इस शीर्षक को कार्ड पर एक जगह ऊपर ले जाता है।</translation>
    </message>
    <message>
        <source>Moves this title one place down on the card.</source>
        <translation>इस शीर्षक को कार्ड पर एक जगह नीचे ले जाता है।</translation>
    </message>
    <message>
        <source>Removes this title from the card.</source>
        <translation>इस शीर्षक को कार्ड से हटाता है।</translation>
    </message>
    <message>
        <source>Adds another title line to the card, up to four.</source>
        <translation>कार्ड में एक और शीर्षक पंक्ति जोड़ता है, चार तक।</translation>
    </message>
    <message>
        <source>Category: a short word on the card that says what it is about, such as Offers or Orders.</source>
        <translation>श्रेणी: कार्ड पर एक छोटा शब्द जो बताता है कि यह किस बारे में है, जैसे ऑफ़र या ऑर्डर।</translation>
    </message>
    <message>
        <source>Sub-category: an optional second word under the category, such as Festive or Shipping.</source>
        <translation>उप-श्रेणी: श्रेणी के नीचे एक और शब्द, ज़रूरी नहीं, जैसे त्योहार या शिपिंग।</translation>
    </message>
    <message>
        <source>Core entity: the one thing the card is about, such as an order number or a product. A call-to-action card needs one.</source>
        <translation>मुख्य विषय: वह एक चीज़ जिसके बारे में कार्ड है, जैसे ऑर्डर नंबर या कोई प्रोडक्ट। कॉल-टू-ऐक्शन कार्ड में यह ज़रूरी है।</translation>
    </message>
    <message>
        <source>Whether the card shows a picture or a video at the top.</source>
        <translation>कार्ड के ऊपर तस्वीर दिखेगी या वीडियो।</translation>
    </message>
    <message>
        <source>Media URL: the public https:// address of the picture or video. Each phone loads it from there, so it must open without a login.</source>
        <translation>मीडिया URL: तस्वीर या वीडियो का सार्वजनिक https:// पता। हर फ़ोन इसे वहीं से लोड करता है, इसलिए यह बिना लॉगिन के खुलना चाहिए।</translation>
    </message>
    <message>
        <source>Fetches the address now, to see whether phones will be able to load it. What it finds is also listed under Problems.</source>
        <translation>पते को अभी खोलकर देखता है कि फ़ोन इसे लोड कर पाएँगे या नहीं। जो मिलता है वह समस्याओं की सूची में भी दिखता है।</translation>
    </message>
    <message>
        <source>Display ratio: how much of the card&apos;s height the picture takes. Normal is a landscape strip, Tall gives it more height. Videos are always tall.</source>
        <translation>डिस्प्ले अनुपात: तस्वीर कार्ड की कितनी ऊँचाई लेती है। सामान्य एक चौड़ी पट्टी है, लंबा उसे ज़्यादा ऊँचाई देता है। वीडियो हमेशा लंबे दिखते हैं।</translation>
    </message>
    <message>
        <source>Cover image: the https:// address of a picture shown in place of the video until it plays.</source>
        <translation>कवर इमेज: उस तस्वीर का https:// पता जो वीडियो चलने तक उसकी जगह दिखती है।</translation>
    </message>
    <message>
        <source>The text of the message, as the person will read it.</source>
        <translation>संदेश का टेक्स्ट, जैसा पाने वाला पढ़ेगा।</translation>
    </message>
    <message>
        <source>What happens when the button is tapped: a web page opens, an event is added to the calendar, an app opens, a text such as a coupon code is copied, or a number is called.</source>
        <translation>बटन दबाने पर क्या होता है: वेब पेज खुलता है, कैलेंडर में इवेंट जुड़ता है, ऐप खुलता है, कूपन कोड जैसा टेक्स्ट कॉपी होता है, या किसी नंबर पर कॉल होती है।</translation>
    </message>
    <message>
        <source>The words on the button, at most 28 characters.</source>
        <translation>बटन पर लिखे शब्द, ज़्यादा से ज़्यादा 28 अक्षर।</translation>
    </message>
    <message>
        <source>Moves this button one place up on the card.</source>
        <translation>इस बटन को कार्ड पर एक जगह ऊपर ले जाता है।</translation>
    </message>
    <message>
        <source>Moves this button one place down on the card.</source>
        <translation>इस बटन को कार्ड पर एक जगह नीचे ले जाता है।</translation>
    </message>
    <message>
        <source>Removes this button from the card.</source>
        <translation>इस बटन को कार्ड से हटाता है।</translation>
    </message>
    <message>
        <source>Adds a button to the card, up to four.</source>
        <translation>कार्ड में एक बटन जोड़ता है, चार तक।</translation>
    </message>
    <message>
        <source>The web page the button opens, an https:// address.</source>
        <translation>वह वेब पेज जो बटन खोलता है, एक https:// पता।</translation>
    </message>
    <message>
        <source>The day of the event. Type it as you write it (25/12/2026, 25 Dec 2026) or pick it from the calendar with Alt+Down.</source>
        <translation>इवेंट का दिन। इसे वैसे ही लिखें जैसे आप लिखते हैं (25/12/2026, 25 Dec 2026) या Alt+Down से कैलेंडर में चुनें।</translation>
    </message>
    <message>
        <source>The time the event starts, for example 18:30, 1830 or 6:30 pm.</source>
        <translation>इवेंट शुरू होने का समय, जैसे 18:30, 1830 या 6:30 pm।</translation>
    </message>
    <message>
        <source>The event&apos;s name, as it appears in the phone&apos;s calendar.</source>
        <translation>इवेंट का नाम, जैसा फ़ोन के कैलेंडर में दिखेगा।</translation>
    </message>
    <message>
        <source>A line about the event, kept in the calendar entry.</source>
        <translation>इवेंट के बारे में एक पंक्ति, जो कैलेंडर की एंट्री में रहती है।</translation>
    </message>
    <message>
        <source>Adds another app for this button to try, for example a second app that can show the same content.</source>
        <translation>इस बटन के लिए आज़माने को एक और ऐप जोड़ता है, जैसे कोई दूसरा ऐप जो वही सामग्री दिखा सके।</translation>
    </message>
    <message>
        <source>Removes this app link from the button.</source>
        <translation>इस ऐप लिंक को बटन से हटाता है।</translation>
    </message>
    <message>
        <source>Apps you saved before: choosing one fills in its package and class.</source>
        <translation>पहले सहेजे गए ऐप: किसी एक को चुनने पर उसका पैकेज और क्लास भर जाते हैं।</translation>
    </message>
    <message>
        <source>Keeps this app&apos;s package and class in the list, to use again.</source>
        <translation>इस ऐप का पैकेज और क्लास सूची में रख लेता है, ताकि फिर से इस्तेमाल कर सकें।</translation>
    </message>
    <message>
        <source>Intent action: how Android is asked to open the app. MAIN opens its start screen, VIEW opens a page inside it. If you are not sure, use MAIN.</source>
        <translation>इंटेंट ऐक्शन: Android से ऐप किस तरह खोलने को कहा जाए। MAIN उसकी शुरुआती स्क्रीन खोलता है, VIEW उसके अंदर का कोई पेज। अगर पक्का नहीं है, तो MAIN इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Package name: the app&apos;s name on Android, as in its Play Store address after id= (for example com.flipkart.android).</source>
        <translation>पैकेज का नाम: Android पर ऐप का नाम, जैसा उसके Play Store पते में id= के बाद होता है (जैसे com.flipkart.android)।</translation>
    </message>
    <message>
        <source>Class: the screen of the app to open (its developers can tell you), or the app&apos;s Play Store link, which opens the store when the app is not installed.</source>
        <translation>क्लास: ऐप की वह स्क्रीन जो खुलनी है (ऐप के डेवलपर बता सकते हैं), या ऐप का Play Store लिंक, जो ऐप इंस्टॉल न होने पर स्टोर खोलता है।</translation>
    </message>
    <message>
        <source>Fills in the app&apos;s Play Store link from its package name.</source>
        <translation>पैकेज के नाम से ऐप का Play Store लिंक भर देता है।</translation>
    </message>
    <message>
        <source>The text put on the phone&apos;s clipboard when the button is tapped, for example a coupon code.</source>
        <translation>बटन दबाने पर फ़ोन के क्लिपबोर्ड पर रखा जाने वाला टेक्स्ट, जैसे कोई कूपन कोड।</translation>
    </message>
    <message>
        <source>The number the phone calls when the button is tapped. Indian numbers may leave out +91; it is saved like the recipients.</source>
        <translation>बटन दबाने पर फ़ोन जिस नंबर पर कॉल करता है। भारतीय नंबरों में +91 छोड़ सकते हैं; इसे पाने वालों के नंबरों की तरह ही सहेजा जाता है।</translation>
    </message>
    <message>
        <source>Keeps each number in the recipients once.</source>
        <translation>पाने वालों में हर नंबर एक ही बार रखता है।</translation>
    </message>
    <message>
        <source>Sends the message to every row of a spreadsheet (CSV or Excel) instead of typed numbers. Its columns can go into any text of the message as {{column name}}, so each customer gets their own.</source>
        <translation>टाइप किए गए नंबरों के बजाय स्प्रेडशीट (CSV या Excel) की हर पंक्ति को संदेश भेजता है। उसके कॉलम संदेश के किसी भी टेक्स्ट में {{column name}} के रूप में डाले जा सकते हैं, ताकि हर ग्राहक को अपना संदेश मिले।</translation>
    </message>
    <message>
        <source>Chooses another spreadsheet, another sheet of it or another column with the phone numbers.</source>
        <translation>दूसरी स्प्रेडशीट, उसकी दूसरी शीट या फ़ोन नंबरों वाला दूसरा कॉलम चुनता है।</translation>
    </message>
    <message>
        <source>Goes back to typed numbers; the spreadsheet is no longer used.</source>
        <translation>टाइप किए गए नंबरों पर लौटता है; स्प्रेडशीट का उपयोग अब नहीं होगा।</translation>
    </message>
    <message>
        <source>Position: the button&apos;s place on the card, 0 first. Each button has its own; choosing the position of another button swaps the two.</source>
        <translation>स्थान: कार्ड पर बटन की जगह, 0 सबसे पहले। हर बटन का अपना स्थान होता है; किसी दूसरे बटन का स्थान चुनने से दोनों की जगह बदल जाती है।</translation>
    </message>
</context>
<context>
    <name>soip::FieldLabels</name>
    <message>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>प्रेषक ID</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>संदेश का टेक्स्ट</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>संदेश का प्रकार</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>रूट</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>कैंपेन का नाम</translation>
    </message>
    <message>
        <source>Callback profile</source>
        <translation>कॉलबैक प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>उप-श्रेणी</translation>
    </message>
    <message>
        <source>Core entity</source>
        <translation>मुख्य इकाई</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>मीडिया</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>मीडिया का प्रकार</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Display ratio</source>
        <translation>डिस्प्ले अनुपात</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>कवर इमेज</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>बटन</translation>
    </message>
    <message>
        <source>Button type</source>
        <translation>बटन का प्रकार</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>App</source>
        <translation>ऐप</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Event description</source>
        <translation>इवेंट का विवरण</translation>
    </message>
    <message>
        <source>Intent action</source>
        <translation>इंटेंट ऐक्शन</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>पैकेज का नाम</translation>
    </message>
    <message>
        <source>Class name or Play Store URL</source>
        <translation>क्लास का नाम या Play Store URL</translation>
    </message>
    <message>
        <source>Whole message</source>
        <translation>पूरा संदेश</translation>
    </message>
    <message>
        <source>Title %1</source>
        <translation>शीर्षक %1</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>बटन %1</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>इवेंट का शीर्षक</translation>
    </message>
</context>
<context>
    <name>soip::GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>मार्गदर्शिका</translation>
    </message>
    <message>
        <source>Start from something</source>
        <translation>किसी तैयार चीज़ से शुरू करें</translation>
    </message>
    <message>
        <source>File → New from sample gives you a finished card to change: an order on its way or a festive offer, in English or Hindi. Or choose the type of message at the top of the form.</source>
        <translation>फ़ाइल → नमूने से नया आपको बदलने के लिए एक तैयार कार्ड देता है: रास्ते में ऑर्डर या त्योहार का ऑफ़र, अंग्रेज़ी या हिन्दी में। या फ़ॉर्म के ऊपर संदेश का प्रकार चुनें।</translation>
    </message>
    <message>
        <source>Who gets it, and from whom</source>
        <translation>किसे मिलेगा, और किसकी ओर से</translation>
    </message>
    <message>
        <source>Type or paste the mobile numbers under Recipients, each with +91. The Sender ID is the name your Kaleyra account sends as; the route says whether this is marketing, a service update or a one-time password.</source>
        <translation>प्राप्तकर्ता में मोबाइल नंबर लिखें या चिपकाएँ, हर एक +91 के साथ। सेंडर ID वह नाम है जिससे आपका Kaleyra खाता भेजता है; रूट बताता है कि यह मार्केटिंग है, सेवा से जुड़ा अपडेट है या वन-टाइम पासवर्ड।</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>Titles, category and text are what the person reads. A rich media card also has a picture or video: press Check to see that phones can load it. The phone on the right shows the card as it will look.</source>
        <translation>शीर्षक, श्रेणी और टेक्स्ट वही हैं जो पाने वाला पढ़ता है। रिच मीडिया कार्ड में तस्वीर या वीडियो भी होता है: फ़ोन उसे लोड कर पाएँगे या नहीं, यह देखने के लिए &apos;जाँचें&apos; दबाएँ। दाईं ओर का फ़ोन दिखाता है कि कार्ड कैसा दिखेगा।</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>बटन</translation>
    </message>
    <message>
        <source>Each button opens a web page, adds an event to the calendar, opens an app, copies a text or calls a number. Dates and times can be typed as you write them: 25/12/2026, 6:30 pm.</source>
        <translation>हर बटन कोई वेब पेज खोलता है, कैलेंडर में इवेंट जोड़ता है, कोई ऐप खोलता है, टेक्स्ट कॉपी करता है या किसी नंबर पर कॉल करता है। तारीख़ और समय वैसे ही लिखे जा सकते हैं जैसे आप लिखते हैं: 25/12/2026, 6:30 pm।</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>A field you have filled in and left shows what is wrong with it, red for what stops the message, yellow for what may not work on every phone. The Problems list below has them all; click one to go to its field. Hold the pointer over any field, or press Shift+F1, for what it means.</source>
        <translation>जो फ़ील्ड आपने भरकर छोड़ दी है, वह बताती है कि उसमें क्या ग़लत है: लाल वह जो संदेश रोकता है, पीला वह जो हर फ़ोन पर शायद काम न करे। नीचे समस्याओं की सूची में सब हैं; किसी पर क्लिक करके उसकी फ़ील्ड पर जाएँ। किसी फ़ील्ड का मतलब जानने के लिए उस पर पॉइंटर रखें या Shift+F1 दबाएँ।</translation>
    </message>
    <message>
        <source>Try it safely</source>
        <translation>बिना डरे आज़माएँ</translation>
    </message>
    <message>
        <source>The built-in Sandbox account sends nothing: it answers like the real service, so you can see what would happen. Your drafts are saved as you type and come back after a crash.</source>
        <translation>बिल्ट-इन सैंडबॉक्स खाता कुछ नहीं भेजता: यह असली सेवा की तरह जवाब देता है, ताकि आप देख सकें कि क्या होगा। आपके ड्राफ़्ट लिखते समय ही सहेजे जाते हैं और क्रैश के बाद वापस आ जाते हैं।</translation>
    </message>
</context>
<context>
    <name>soip::HistoryDetails</name>
    <message>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>संदेश ID</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>डिलीवरी स्थिति</translation>
    </message>
    <message>
        <source>The payload that was sent</source>
        <translation>भेजा गया पेलोड</translation>
    </message>
    <message>
        <source>Choose a send or a campaign in the list.</source>
        <translation>सूची में कोई भेजा गया संदेश या कैंपेन चुनें।</translation>
    </message>
    <message>
        <source>Sent %1 with the account “%2”.</source>
        <translation>%1 को खाते “%2” से भेजा गया।</translation>
    </message>
    <message>
        <source>Request id (kid): %1</source>
        <translation>अनुरोध ID (kid): %1</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>अभी पूछा नहीं गया</translation>
    </message>
    <message>
        <source>Campaign “%1”</source>
        <translation>कैंपेन “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 with the account “%2”, from %3: %n recipient(s).</source>
        <translation>
            <numerusform>%1 को खाते “%2” से, %3 से शुरू हुआ: %n प्राप्तकर्ता।</numerusform>
            <numerusform>%1 को खाते “%2” से, %3 से शुरू हुआ: %n प्राप्तकर्ता।</numerusform>
        </translation>
    </message>
    <message>
        <source>The card below is the campaign&apos;s template; its rows are in the delivery report.</source>
        <translation>नीचे दिया कार्ड कैंपेन का टेम्पलेट है; इसकी पंक्तियाँ डिलीवरी रिपोर्ट में हैं।</translation>
    </message>
    <message>
        <source>The &amp;request as sent</source>
        <translation>भेजा गया अनुरोध(&amp;R)</translation>
    </message>
    <message>
        <source>The JSON that went to the service; the API key is never stored</source>
        <translation>सेवा को गया JSON; API कुंजी कभी सहेजी नहीं जाती</translation>
    </message>
</context>
<context>
    <name>soip::HistoryFilterBar</name>
    <message>
        <source>Search the history</source>
        <translation>इतिहास में खोजें</translation>
    </message>
    <message>
        <source>Search: number, campaign name, text of the message, kid or message id</source>
        <translation>खोजें: नंबर, कैंपेन का नाम, संदेश का टेक्स्ट, kid या संदेश ID</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>कोई भी दिन</translation>
    </message>
    <message>
        <source>Sent on or after</source>
        <translation>इस दिन या इसके बाद भेजे गए</translation>
    </message>
    <message>
        <source>Sent on or before</source>
        <translation>इस दिन या इससे पहले भेजे गए</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>सभी खाते</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>संदेश का प्रकार</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Text (TXT)</source>
        <translation>टेक्स्ट (TXT)</translation>
    </message>
    <message>
        <source>Rich media (RMC)</source>
        <translation>रिच मीडिया (RMC)</translation>
    </message>
    <message>
        <source>Call to action (CTA)</source>
        <translation>कॉल टू ऐक्शन (CTA)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>कोई भी परिणाम</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार किया गया</translation>
    </message>
    <message>
        <source>Refused or failed</source>
        <translation>अस्वीकार या विफल</translation>
    </message>
    <message>
        <source>Unknown (answer lost)</source>
        <translation>अज्ञात (जवाब खो गया)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक(&amp;T):</translation>
    </message>
</context>
<context>
    <name>soip::HistoryModel</name>
    <message numerus="yes">
        <source>Campaign, %n recipient(s)</source>
        <translation>
            <numerusform>कैंपेन, %n प्राप्तकर्ता</numerusform>
            <numerusform>कैंपेन, %n प्राप्तकर्ता</numerusform>
        </translation>
    </message>
    <message>
        <source>Single send</source>
        <translation>एकल संदेश</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>बीच में रुका</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>To</source>
        <translation>किसे</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
</context>
<context>
    <name>soip::HistoryQuery</name>
    <message>
        <source>The history %1 cannot be opened: %2</source>
        <translation>इतिहास %1 खोला नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>इतिहास पढ़ा नहीं जा सकता: %1</translation>
    </message>
</context>
<context>
    <name>soip::HistoryWindow</name>
    <message>
        <source>History — SOIP Composer</source>
        <translation>इतिहास — SOIP Composer</translation>
    </message>
    <message>
        <source>Sends and campaigns</source>
        <translation>भेजे गए संदेश और कैंपेन</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>संदेश(&amp;M)</translation>
    </message>
    <message>
        <source>Delivery &amp;report</source>
        <translation>डिलीवरी रिपोर्ट(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open as New Draft</source>
        <translation>नए ड्राफ़्ट के रूप में खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Open the exact message that was sent as a new, unsaved draft</source>
        <translation>ठीक वही भेजा गया संदेश एक नए, बिना सहेजे ड्राफ़्ट के रूप में खोलें</translation>
    </message>
    <message>
        <source>Check &amp;Status</source>
        <translation>स्थिति देखें(&amp;S)</translation>
    </message>
    <message>
        <source>Ask the vendor whether the messages reached the phones; the answers are kept</source>
        <translation>वेंडर से पूछें कि संदेश फ़ोन तक पहुँचे या नहीं; जवाब सहेज लिए जाते हैं</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV एक्सपोर्ट करें(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the list as it is shown (search and filters applied) to a CSV file</source>
        <translation>सूची को जैसी दिख रही है (खोज और फ़िल्टर के साथ) वैसी ही CSV फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>इतिहास पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>Nothing in the history matches the search and filters.</source>
        <translation>इतिहास में खोज और फ़िल्टर से मेल खाता कुछ नहीं है।</translation>
    </message>
    <message>
        <source>No sends yet. Messages sent from the composer or with soip appear here.</source>
        <translation>अभी तक कुछ नहीं भेजा गया। कंपोज़र से या soip से भेजे गए संदेश यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <source>More than %1 entries</source>
        <translation>%1 से ज़्यादा प्रविष्टियाँ</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n प्रविष्टि</numerusform>
            <numerusform>%n प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n character(s) to search.</source>
        <translation>
            <numerusform>खोजने के लिए कम से कम %n अक्षर लिखें।</numerusform>
            <numerusform>खोजने के लिए कम से कम %n अक्षर लिखें।</numerusform>
        </translation>
    </message>
    <message>
        <source>The account “%1” is no longer set up, so the status cannot be asked.</source>
        <translation>खाता “%1” अब सेट नहीं है, इसलिए स्थिति पूछी नहीं जा सकती।</translation>
    </message>
    <message numerus="yes">
        <source>Asked for %1 of %n message(s)…</source>
        <translation>
            <numerusform>%n में से %1 संदेश की स्थिति पूछी गई…</numerusform>
            <numerusform>%n में से %1 संदेशों की स्थिति पूछी गई…</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery status is up to date and kept in the history.</source>
        <translation>डिलीवरी स्थिति अपडेट हो गई है और इतिहास में सहेज ली गई है।</translation>
    </message>
    <message>
        <source>The status could not be asked: %1</source>
        <translation>स्थिति पूछी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Asking for the delivery status…</source>
        <translation>डिलीवरी स्थिति पूछी जा रही है…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported.</source>
        <translation>
            <numerusform>%n प्रविष्टि एक्सपोर्ट की गई।</numerusform>
            <numerusform>%n प्रविष्टियाँ एक्सपोर्ट की गईं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::InputFile</name>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 नाम की कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 एक फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, a device or a socket), so it is not read.</source>
        <translation>%1 साधारण फ़ाइल नहीं है (यह पाइप, डिवाइस या सॉकेट है), इसलिए इसे पढ़ा नहीं जाता।</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 नहीं खुल सका: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
</context>
<context>
    <name>soip::IssueCollector</name>
    <message numerus="yes">
        <source>%n more problems of this kind are not listed one by one.</source>
        <translation>
            <numerusform>इस तरह की %n और समस्या एक-एक करके नहीं दिखाई गई है।</numerusform>
            <numerusform>इस तरह की %n और समस्याएँ एक-एक करके नहीं दिखाई गई हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::JournalRowsModel</name>
    <message>
        <source>Pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार किया गया</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकार किया गया</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>अभी पूछा नहीं गया</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation>वेंडर कोड</translation>
    </message>
    <message>
        <source>Vendor message</source>
        <translation>वेंडर संदेश</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>संदेश ID</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>डिलीवरी स्थिति</translation>
    </message>
</context>
<context>
    <name>soip::LayoutChecks</name>
    <message>
        <source>Title %1 does not fit on the card: the phone shows “%2”.</source>
        <translation>शीर्षक %1 कार्ड में पूरा नहीं आता: फ़ोन पर “%2” दिखता है।</translation>
    </message>
    <message>
        <source>The core entity does not fit: the phone shows “%1”.</source>
        <translation>मुख्य इकाई पूरी नहीं आती: फ़ोन पर “%1” दिखता है।</translation>
    </message>
    <message>
        <source>The category line does not fit: the phone shows “%1”.</source>
        <translation>श्रेणी वाली पंक्ति पूरी नहीं आती: फ़ोन पर “%1” दिखता है।</translation>
    </message>
    <message>
        <source>The button label “%1” does not fit: the phone shows “%2”.</source>
        <translation>बटन का लेबल “%1” पूरा नहीं आता: फ़ोन पर “%2” दिखता है।</translation>
    </message>
    <message numerus="yes">
        <source>The message text is cut after %n line(s); the rest does not show.</source>
        <translation>
            <numerusform>संदेश का टेक्स्ट %n पंक्ति के बाद कट जाता है; बाक़ी नहीं दिखता।</numerusform>
            <numerusform>संदेश का टेक्स्ट %n पंक्तियों के बाद कट जाता है; बाक़ी नहीं दिखता।</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s fonts cannot draw “%1” (U+%2): it shows as an empty box.</source>
        <translation>फ़ोन के फ़ॉन्ट “%1” (U+%2) नहीं बना सकते: यह ख़ाली डिब्बे की तरह दिखता है।</translation>
    </message>
    <message>
        <source>The buttons “%1” and “%2” both show as “%3”: the reader cannot tell them apart.</source>
        <translation>बटन “%1” और “%2” दोनों “%3” दिखते हैं: पढ़ने वाला उनमें फ़र्क़ नहीं कर सकता।</translation>
    </message>
    <message>
        <source>The picture is %1×%2 pixels, but its place on the card is %3×%4 pixels on this phone: it is enlarged and looks blurred.</source>
        <translation>तस्वीर %1×%2 पिक्सेल की है, लेकिन इस फ़ोन पर कार्ड में उसकी जगह %3×%4 पिक्सेल की है: वह बड़ी करके दिखाई जाती है और धुंधली लगती है।</translation>
    </message>
    <message>
        <source>The picture&apos;s shape differs from its place on the card, so %1% of it is cut away. Use a picture of about the slot&apos;s shape (%2).</source>
        <translation>तस्वीर का आकार कार्ड में उसकी जगह से अलग है, इसलिए उसका %1% हिस्सा कट जाता है। लगभग उसी आकार (%2) की तस्वीर लगाएँ।</translation>
    </message>
    <message>
        <source>Seen on %1.</source>
        <translation>%1 पर दिखा।</translation>
    </message>
    <message numerus="yes">
        <source>Seen on %1 and %n more phone and font size combination(s).</source>
        <translation>
            <numerusform>%1 पर और फ़ोन व फ़ॉन्ट साइज़ के %n और संयोजन पर दिखा।</numerusform>
            <numerusform>%1 पर और फ़ोन व फ़ॉन्ट साइज़ के %n और संयोजनों पर दिखा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Small (%1)</source>
        <translation>छोटा (%1)</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>डिफ़ॉल्ट (%1)</translation>
    </message>
    <message>
        <source>Large (%1)</source>
        <translation>बड़ा (%1)</translation>
    </message>
    <message>
        <source>Largest (%1)</source>
        <translation>सबसे बड़ा (%1)</translation>
    </message>
    <message>
        <source>%1 at font size %2</source>
        <translation>%1, फ़ॉन्ट साइज़ %2</translation>
    </message>
</context>
<context>
    <name>soip::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>खाता(&amp;C):</translation>
    </message>
    <message>
        <source>Acco&amp;unts…</source>
        <translation>खाते(&amp;U)…</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>खाते प्रबंधित करें</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>भेजें(&amp;S)…</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>संदेश भेजें</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Ready to send?</source>
        <translation>भेजने के लिए तैयार?</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>संदेश भेजें (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>भेजने के लिए तैयार</translation>
    </message>
</context>
<context>
    <name>soip::MainWindow</name>
    <message>
        <source>Message fields</source>
        <translation>संदेश के फ़ील्ड</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>समस्याएँ (%1)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>बिना नाम</translation>
    </message>
    <message>
        <source>SOIP Composer — %1[*]</source>
        <translation>SOIP Composer — %1[*]</translation>
    </message>
</context>
<context>
    <name>soip::MediaCheck</name>
    <message>
        <source>The media address uses http, not https: phones may refuse to load it.</source>
        <translation>मीडिया का पता https नहीं, http इस्तेमाल करता है: फ़ोन इसे लोड करने से मना कर सकते हैं।</translation>
    </message>
    <message>
        <source>The address ends in .%1, which is a picture, but the media type is Video.</source>
        <translation>पता .%1 पर ख़त्म होता है, जो एक तस्वीर है, पर मीडिया का प्रकार वीडियो है।</translation>
    </message>
    <message>
        <source>The address ends in .%1, which is a video, but the media type is Image.</source>
        <translation>पता .%1 पर ख़त्म होता है, जो एक वीडियो है, पर मीडिया का प्रकार इमेज है।</translation>
    </message>
    <message>
        <source>The cover image&apos;s address uses http, not https: phones may refuse to load it.</source>
        <translation>कवर इमेज का पता https नहीं, http इस्तेमाल करता है: फ़ोन इसे लोड करने से मना कर सकते हैं।</translation>
    </message>
    <message>
        <source>The cover image cannot be loaded (%1). Phones will show the video without it.</source>
        <translation>कवर इमेज लोड नहीं हो सकती (%1)। फ़ोन वीडियो को इसके बिना दिखाएँगे।</translation>
    </message>
    <message>
        <source>The media cannot be loaded (%1). Phones will not be able to show it either.</source>
        <translation>मीडिया लोड नहीं हो सकता (%1)। फ़ोन भी इसे नहीं दिखा पाएँगे।</translation>
    </message>
    <message>
        <source>of no stated type</source>
        <translation>बिना बताए प्रकार का</translation>
    </message>
    <message>
        <source>The server says the cover is %1, not a picture.</source>
        <translation>सर्वर के अनुसार कवर %1 है, तस्वीर नहीं।</translation>
    </message>
    <message>
        <source>The server says this is %1, not an image.</source>
        <translation>सर्वर के अनुसार यह %1 है, इमेज नहीं।</translation>
    </message>
    <message>
        <source>The server says this is %1, not a video.</source>
        <translation>सर्वर के अनुसार यह %1 है, वीडियो नहीं।</translation>
    </message>
    <message>
        <source>The cover image did not open as a picture.</source>
        <translation>कवर इमेज तस्वीर के रूप में नहीं खुली।</translation>
    </message>
    <message>
        <source>The file did not open as a picture.</source>
        <translation>फ़ाइल तस्वीर के रूप में नहीं खुली।</translation>
    </message>
    <message>
        <source>The picture is %1; keep pictures under 2 MB so phones load them quickly.</source>
        <translation>तस्वीर %1 की है; तस्वीरें 2 MB से छोटी रखें ताकि फ़ोन उन्हें जल्दी लोड करें।</translation>
    </message>
</context>
<context>
    <name>soip::MediaProbe</name>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>सर्वर ने %1 सेकंड में जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>The server answered %1 (%2).</source>
        <translation>सर्वर ने %1 (%2) जवाब दिया।</translation>
    </message>
</context>
<context>
    <name>soip::MessageCodec</name>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>एक संख्या</translation>
    </message>
    <message>
        <source>text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>एक सूची</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>एक ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>This field must be %1, but the file has %2 here.</source>
        <translation>इस फ़ील्ड में %1 होना चाहिए, लेकिन फ़ाइल में यहाँ %2 है।</translation>
    </message>
    <message>
        <source>This field is not part of the SOIP API. It is kept and sent as it is.</source>
        <translation>यह फ़ील्ड SOIP API का हिस्सा नहीं है। इसे जैसा है वैसा ही रखा और भेजा जाएगा।</translation>
    </message>
    <message>
        <source>This field is not part of the SOIP API and is ignored.</source>
        <translation>यह फ़ील्ड SOIP API का हिस्सा नहीं है, इसलिए इसे अनदेखा किया जाएगा।</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>एक पूर्ण संख्या</translation>
    </message>
    <message>
        <source>an object with date, time, title and event</source>
        <translation>तारीख़, समय, शीर्षक और इवेंट वाला एक ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>पंक्ति %1, कॉलम %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>फ़ाइल ख़ाली है।</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (at %1).</source>
        <translation>फ़ाइल मान्य UTF-8 टेक्स्ट नहीं है (%1 पर)।</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply to be a SOIP message (at %1).</source>
        <translation>यह JSON इतनी गहराई तक नेस्टेड है कि SOIP संदेश नहीं हो सकता (%1 पर)।</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at %2.</source>
        <translation>फ़ाइल मान्य JSON नहीं है: %2 पर %1।</translation>
    </message>
    <message>
        <source>The file holds a JSON %1, but a SOIP message is a JSON object ({ ... }).</source>
        <translation>फ़ाइल में JSON %1 है, लेकिन SOIP संदेश एक JSON ऑब्जेक्ट ({ ... }) होता है।</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>A SOIP message is a JSON object, starting with {, but this file starts with “%1” (at %2).</source>
        <translation>SOIP संदेश एक JSON ऑब्जेक्ट होता है जो { से शुरू होता है, लेकिन यह फ़ाइल “%1” से शुरू होती है (%2 पर)।</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>स्टैंडर्ड इनपुट नहीं पढ़ा जा सका: %1</translation>
    </message>
    <message>
        <source>The file is %1 KiB, far larger than a SOIP message (at most %2 KiB, even with a hundred thousand recipients), so it is not one.</source>
        <translation>फ़ाइल %1 KiB की है, जो SOIP संदेश से कहीं बड़ी है (संदेश ज़्यादा से ज़्यादा %2 KiB का होता है, एक लाख प्राप्तकर्ताओं के साथ भी), इसलिए यह संदेश नहीं है।</translation>
    </message>
    <message>
        <source>The file is not a text file: a SOIP message is a JSON object, starting with {.</source>
        <translation>यह फ़ाइल टेक्स्ट फ़ाइल नहीं है: SOIP संदेश एक JSON ऑब्जेक्ट होता है, जो { से शुरू होता है।</translation>
    </message>
    <message>
        <source>Written out, the message would be %1 KiB, more than the %2 KiB a SOIP message file can be, so it could not be opened again; it is not written.</source>
        <translation>लिखने पर संदेश %1 KiB का हो जाएगा, जो SOIP संदेश फ़ाइल की सीमा %2 KiB से ज़्यादा है, इसलिए वह फिर से खोला नहीं जा सकेगा; उसे लिखा नहीं गया।</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n entries, far more than a SOIP message has (a card has at most four titles and four buttons), so the file is not one.</source>
        <translation>
            <numerusform>“%1” में %n प्रविष्टि है, जो किसी SOIP संदेश से कहीं ज़्यादा है (एक कार्ड में अधिकतम चार शीर्षक और चार बटन होते हैं), इसलिए यह फ़ाइल SOIP संदेश नहीं है।</numerusform>
            <numerusform>“%1” में %n प्रविष्टियाँ हैं, जो किसी SOIP संदेश से कहीं ज़्यादा हैं (एक कार्ड में अधिकतम चार शीर्षक और चार बटन होते हैं), इसलिए यह फ़ाइल SOIP संदेश नहीं है।</numerusform>
        </translation>
    </message>
    <message>
        <source>This field&apos;s name starts with an invisible character (U+FEFF), so it is not part of the SOIP API and is left out.</source>
        <translation>इस फ़ील्ड का नाम एक अदृश्य अक्षर (U+FEFF) से शुरू होता है, इसलिए यह SOIP API का हिस्सा नहीं है और इसे छोड़ दिया गया है।</translation>
    </message>
</context>
<context>
    <name>soip::PhoneNumberCheck</name>
    <message>
        <source>%1 is not a phone number: a + can only come first.</source>
        <translation>%1 फ़ोन नंबर नहीं है: + केवल शुरुआत में आ सकता है।</translation>
    </message>
    <message>
        <source>%1 is not a phone number: it has letters in it.</source>
        <translation>%1 फ़ोन नंबर नहीं है: इसमें अक्षर हैं।</translation>
    </message>
    <message>
        <source>%1 is not a phone number: it contains “%2”, which a phone number cannot have.</source>
        <translation>%1 फ़ोन नंबर नहीं है: इसमें “%2” है, जो फ़ोन नंबर में नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: no +%2 number starts like this.</source>
        <translation>%1 मान्य फ़ोन नंबर नहीं है: कोई भी +%2 नंबर ऐसे शुरू नहीं होता।</translation>
    </message>
    <message>
        <source>There is no number between two commas.</source>
        <translation>दो कॉमा के बीच कोई नंबर नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a phone number: it has no digits.</source>
        <translation>%1 फ़ोन नंबर नहीं है: इसमें कोई अंक नहीं है।</translation>
    </message>
    <message>
        <source>%1 has no country code: write Indian numbers with 91 in front, e.g. 91%2.</source>
        <translation>%1 में देश कोड नहीं है: भारतीय नंबर आगे 91 लगाकर लिखें, जैसे 91%2।</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it does not start with a known country code.</source>
        <translation>%1 मान्य फ़ोन नंबर नहीं है: यह किसी ज्ञात देश कोड से शुरू नहीं होता।</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it is too short.</source>
        <translation>%1 मान्य फ़ोन नंबर नहीं है: यह बहुत छोटा है।</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it is too long.</source>
        <translation>%1 मान्य फ़ोन नंबर नहीं है: यह बहुत लंबा है।</translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation>%1 फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it is too long for a +%2 number.</source>
        <translation>%1 मान्य फ़ोन नंबर नहीं है: +%2 नंबर के लिए यह बहुत लंबा है।</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: it has the wrong number of digits for a +%2 number.</source>
        <translation>%1 मान्य फ़ोन नंबर नहीं है: +%2 नंबर के लिए इसमें अंकों की संख्या ग़लत है।</translation>
    </message>
    <message>
        <source>There is no phone number.</source>
        <translation>कोई फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a phone number that can be called.</source>
        <translation>%1 ऐसा फ़ोन नंबर नहीं है जिस पर कॉल किया जा सके।</translation>
    </message>
    <message>
        <source>%1 is not a phone number that can be called: no phone number starts like this or has this many digits.</source>
        <translation>%1 ऐसा फ़ोन नंबर नहीं है जिस पर कॉल किया जा सके: कोई भी फ़ोन नंबर ऐसे शुरू नहीं होता या उसमें इतने अंक नहीं होते।</translation>
    </message>
    <message>
        <source>%1 is not one phone number: separate numbers with commas.</source>
        <translation>%1 एक फ़ोन नंबर नहीं है: नंबरों को कॉमा से अलग करें।</translation>
    </message>
</context>
<context>
    <name>soip::PlaceholderAssist</name>
    <message>
        <source>Insert &amp;field</source>
        <translation>फ़ील्ड डालें(&amp;F)</translation>
    </message>
    <message>
        <source>Choose recipients from a file first</source>
        <translation>पहले फ़ाइल से प्राप्तकर्ता चुनें</translation>
    </message>
</context>
<context>
    <name>soip::PngExportDialog</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG इमेज (*.png)</translation>
    </message>
</context>
<context>
    <name>soip::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>प्राथमिकताएँ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>सिस्टम डिफ़ॉल्ट (%1)</translation>
    </message>
    <message>
        <source>A new language is used from the next time you start SOIP Composer.</source>
        <translation>नई भाषा अगली बार SOIP Composer शुरू करने पर लागू होगी।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
</context>
<context>
    <name>soip::PreviewImageCache</name>
    <message>
        <source>Not a web address (http or https)</source>
        <translation>वेब पता (http या https) नहीं है</translation>
    </message>
    <message>
        <source>No network access</source>
        <translation>नेटवर्क उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB</source>
        <translation>फ़ाइल %1 MB से बड़ी है</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>सर्वर ने %1 %2 जवाब दिया</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>सर्वर ने समय पर जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>Not an image the phone can show (%1)</source>
        <translation>ऐसी इमेज नहीं है जिसे फ़ोन दिखा सके (%1)</translation>
    </message>
</context>
<context>
    <name>soip::PreviewLayout</name>
    <message>
        <source>Sender ID</source>
        <translation>प्रेषक ID</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>आज %1</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>संदेश का टेक्स्ट</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Core entity</source>
        <translation>मुख्य इकाई</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Title %1</source>
        <translation>शीर्षक %1</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>बटन</translation>
    </message>
    <message>
        <source>The video&apos;s cover image can&apos;t be loaded</source>
        <translation>वीडियो की कवर इमेज लोड नहीं हो सकती</translation>
    </message>
    <message>
        <source>The image can&apos;t be loaded</source>
        <translation>इमेज लोड नहीं हो सकती</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>इमेज लोड हो रही है…</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>कोई मीडिया नहीं</translation>
    </message>
    <message>
        <source>No image address</source>
        <translation>इमेज का कोई पता नहीं</translation>
    </message>
    <message>
        <source>Video (no cover image)</source>
        <translation>वीडियो (कवर इमेज नहीं)</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>टेक्स्ट संदेश</translation>
    </message>
</context>
<context>
    <name>soip::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Phone theme</source>
        <translation>फ़ोन की थीम</translation>
    </message>
    <message>
        <source>The phone&apos;s light or dark theme</source>
        <translation>फ़ोन की लाइट या डार्क थीम</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ज़ूम</translation>
    </message>
    <message>
        <source>Zoom; an exported PNG has this many pixels per dp</source>
        <translation>ज़ूम; एक्सपोर्ट की गई PNG में प्रति dp इतने पिक्सेल होते हैं</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Export preview as PNG</source>
        <translation>पूर्वावलोकन को PNG के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Save this drawing (theme, width and zoom as shown) as a PNG image</source>
        <translation>इस चित्र को (दिखाई गई थीम, चौड़ाई और ज़ूम के साथ) PNG इमेज के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>फ़ोन स्क्रीन</translation>
    </message>
    <message>
        <source>What the button does</source>
        <translation>बटन क्या करता है</translation>
    </message>
    <message>
        <source>Tapping “%1” on the phone: %2</source>
        <translation>फ़ोन पर “%1” टैप करने पर: %2</translation>
    </message>
    <message>
        <source>%1 dp</source>
        <translation>%1 dp</translation>
    </message>
    <message>
        <source>preview.png</source>
        <translation>preview.png</translation>
    </message>
    <message>
        <source>Export Preview as PNG</source>
        <translation>पूर्वावलोकन को PNG के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>The preview could not be saved as %1:
%2</source>
        <translation>पूर्वावलोकन %1 के रूप में सहेजा नहीं जा सका:
%2</translation>
    </message>
    <message>
        <source>Saved the preview as %1.</source>
        <translation>पूर्वावलोकन %1 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Point at or click a button on the phone to see what it does.</source>
        <translation>फ़ोन पर किसी बटन पर माउस ले जाएँ या क्लिक करें, ताकि पता चले कि वह क्या करता है।</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>The phone: its screen width in dp and its display density</source>
        <translation>फ़ोन: उसकी स्क्रीन की चौड़ाई dp में और उसकी डिस्प्ले डेंसिटी</translation>
    </message>
    <message>
        <source>%1 (%2 dp)</source>
        <translation>%1 (%2 dp)</translation>
    </message>
    <message>
        <source>Phone font size</source>
        <translation>फ़ोन का फ़ॉन्ट साइज़</translation>
    </message>
    <message>
        <source>The font size chosen in the phone&apos;s settings</source>
        <translation>फ़ोन की सेटिंग में चुना गया फ़ॉन्ट साइज़</translation>
    </message>
    <message>
        <source>Replaced by a local image</source>
        <translation>स्थानीय इमेज से बदला गया</translation>
    </message>
</context>
<context>
    <name>soip::PreviewRenderer</name>
    <message>
        <source>The image could not be encoded as PNG.</source>
        <translation>इमेज को PNG में नहीं बदला जा सका।</translation>
    </message>
</context>
<context>
    <name>soip::PreviewWidget</name>
    <message>
        <source>Message preview</source>
        <translation>संदेश का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Buttons: %1</source>
        <translation>बटन: %1</translation>
    </message>
</context>
<context>
    <name>soip::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Every problem of the message. Activate one to go to its field.</source>
        <translation>संदेश की हर समस्या। किसी पर क्लिक करके उसके फ़ील्ड पर जाएँ।</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>No problems: the message is ready to send.</source>
        <translation>कोई समस्या नहीं: संदेश भेजने के लिए तैयार है।</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>कोई समस्या नहीं</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n त्रुटि</numerusform>
            <numerusform>%n त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n चेतावनी</numerusform>
            <numerusform>%n चेतावनियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>समस्याएँ: कोई नहीं</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>समस्याएँ: %1</translation>
    </message>
    <message>
        <source>Show &amp;codes</source>
        <translation>कोड दिखाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>%1
Code: %2</source>
        <translation>%1
कोड: %2</translation>
    </message>
</context>
<context>
    <name>soip::RecentFilesMenu</name>
    <message>
        <source>&amp;Clear list</source>
        <translation>सूची साफ़ करें(&amp;C)</translation>
    </message>
</context>
<context>
    <name>soip::RecipientFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 सामान्य फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1, %2 MiB से बड़ी है।</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets; --sheet is for Excel workbooks.</source>
        <translation>%1 एक CSV फ़ाइल है, जिसमें शीट नहीं होतीं; --sheet Excel वर्कबुक के लिए है।</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>फ़ाइल पढ़ना रोक दिया गया।</translation>
    </message>
</context>
<context>
    <name>soip::RecipientImportDialog</name>
    <message>
        <source>Recipients from a file</source>
        <translation>फ़ाइल से प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>फ़ाइल पढ़ी जा रही है</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>पढ़ना रोकें(&amp;S)</translation>
    </message>
    <message>
        <source>Found by itself</source>
        <translation>अपने आप पहचाना गया</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>कॉमा ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>सेमीकोलन ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>शीट(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>विभाजक(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Phone numbers in:</source>
        <translation>फ़ोन नंबर इसमें(&amp;P):</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>फ़ाइल की पहली पंक्तियाँ</translation>
    </message>
    <message>
        <source>Rows whose number cannot be used</source>
        <translation>वे पंक्तियाँ जिनका नंबर इस्तेमाल नहीं हो सकता</translation>
    </message>
    <message>
        <source>&amp;Use these recipients</source>
        <translation>ये प्राप्तकर्ता इस्तेमाल करें(&amp;U)</translation>
    </message>
    <message>
        <source>Reading %1 was stopped. Choose another sheet or delimiter to read it again, or Cancel.</source>
        <translation>%1 पढ़ना रोक दिया गया। इसे फिर पढ़ने के लिए दूसरी शीट या विभाजक चुनें, या रद्द करें।</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 का उपयोग नहीं हो सकता: %2</translation>
    </message>
    <message>
        <source>The phone numbers</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>No column was found for the phone numbers: choose it above.</source>
        <translation>फ़ोन नंबरों का कोई कॉलम नहीं मिला: ऊपर उसे चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln पंक्ति</numerusform>
            <numerusform>%Ln पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln valid number(s)</source>
        <translation>
            <numerusform>%Ln मान्य नंबर</numerusform>
            <numerusform>%Ln मान्य नंबर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln अमान्य</numerusform>
            <numerusform>%Ln अमान्य</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed twice (sent once)</source>
        <translation>
            <numerusform>%Ln दो बार दर्ज (एक बार भेजा जाएगा)</numerusform>
            <numerusform>%Ln दो बार दर्ज (एक बार भेजे जाएँगे)</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… और %n</numerusform>
            <numerusform>… और %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soip::RecipientNumbers</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>फ़ोन नंबर ख़ाली है।</translation>
    </message>
</context>
<context>
    <name>soip::RecipientsEditor</name>
    <message>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Mobile numbers with country code, e.g. +91 98765 43210.
Paste a list: commas, spaces, new lines or a spreadsheet column.</source>
        <translation>देश कोड के साथ मोबाइल नंबर, जैसे +91 98765 43210।
सूची चिपकाएँ: कॉमा, स्पेस, नई पंक्तियों या स्प्रेडशीट के कॉलम से अलग की हुई।</translation>
    </message>
    <message>
        <source>Remove d&amp;uplicates</source>
        <translation>दोहराए गए नंबर हटाएँ(&amp;U)</translation>
    </message>
    <message>
        <source>Remove duplicate numbers</source>
        <translation>दोहराए गए नंबर हटाएँ</translation>
    </message>
    <message>
        <source>Checked recipients</source>
        <translation>जाँचे गए प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>%1 — listed twice; it gets the message once</source>
        <translation>%1 — दो बार लिखा है; इसे संदेश एक ही बार मिलेगा</translation>
    </message>
    <message>
        <source>%1 — not an Indian number; the service is for India</source>
        <translation>%1 — भारतीय नंबर नहीं है; यह सेवा भारत के लिए है</translation>
    </message>
    <message>
        <source>%1  (typed %2)</source>
        <translation>%1  (लिखा गया: %2)</translation>
    </message>
    <message>
        <source>No recipients yet</source>
        <translation>अभी कोई प्राप्तकर्ता नहीं</translation>
    </message>
    <message>
        <source>Keep each number once</source>
        <translation>हर नंबर एक ही बार रखें</translation>
    </message>
    <message>
        <source>No number is listed twice</source>
        <translation>कोई नंबर दो बार नहीं लिखा है</translation>
    </message>
    <message>
        <source>%1 is not a valid number</source>
        <translation>%1 मान्य नंबर नहीं है</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… और %n</numerusform>
            <numerusform>… और %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता</numerusform>
            <numerusform>%n प्राप्तकर्ता</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n अमान्य</numerusform>
            <numerusform>%n अमान्य</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n दोहराया गया</numerusform>
            <numerusform>%n दोहराए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside India</source>
        <translation>
            <numerusform>%n भारत से बाहर</numerusform>
            <numerusform>%n भारत से बाहर</numerusform>
        </translation>
    </message>
    <message>
        <source>From &amp;a file…</source>
        <translation>फ़ाइल से(&amp;A)…</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>बदलें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Type numbers instead</source>
        <translation>इसके बजाय नंबर टाइप करें(&amp;T)</translation>
    </message>
    <message>
        <source>Recipients from a file</source>
        <translation>फ़ाइल से प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Change the spreadsheet</source>
        <translation>स्प्रेडशीट बदलें</translation>
    </message>
    <message>
        <source>Type numbers instead of the spreadsheet</source>
        <translation>स्प्रेडशीट के बजाय नंबर टाइप करें</translation>
    </message>
</context>
<context>
    <name>soip::ResultPanel</name>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>ID कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Check s&amp;tatus</source>
        <translation>स्थिति देखें(&amp;T)</translation>
    </message>
    <message>
        <source>Send result</source>
        <translation>भेजने का परिणाम</translation>
    </message>
    <message>
        <source>Send result details</source>
        <translation>भेजने के परिणाम का विवरण</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>अनुरोध ID</translation>
    </message>
    <message>
        <source>Message ids per recipient</source>
        <translation>हर प्राप्तकर्ता के संदेश ID</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>संदेश ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Copy the request id and message ids</source>
        <translation>अनुरोध ID और संदेश ID कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the request id and every recipient&apos;s message id to the clipboard</source>
        <translation>अनुरोध ID और हर प्राप्तकर्ता का संदेश ID क्लिपबोर्ड पर कॉपी करें</translation>
    </message>
    <message>
        <source>Check delivery status</source>
        <translation>डिलीवरी की स्थिति देखें</translation>
    </message>
    <message>
        <source>Ask the service how delivery of the last message is going</source>
        <translation>सेवा से पूछें कि पिछले संदेश की डिलीवरी कैसी चल रही है</translation>
    </message>
    <message>
        <source>Request id (kid): %1</source>
        <translation>अनुरोध ID (kid): %1</translation>
    </message>
    <message>
        <source>Nothing sent yet in this session.</source>
        <translation>इस सत्र में अभी तक कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
</context>
<context>
    <name>soip::RichMediaEditor</name>
    <message>
        <source>Media type</source>
        <translation>मीडिया का प्रकार</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>इमेज</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>मीडिया URL</translation>
    </message>
    <message>
        <source>https://… a public address every phone can load</source>
        <translation>https://… एक सार्वजनिक पता जिसे हर फ़ोन लोड कर सके</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>जाँचें(&amp;K)</translation>
    </message>
    <message>
        <source>Check the media URL</source>
        <translation>मीडिया URL जाँचें</translation>
    </message>
    <message>
        <source>Fetch the address to see what it holds</source>
        <translation>पता खोलकर देखें कि उसमें क्या है</translation>
    </message>
    <message>
        <source>Image thumbnail</source>
        <translation>इमेज का थंबनेल</translation>
    </message>
    <message>
        <source>Display ratio</source>
        <translation>डिस्प्ले अनुपात</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>लंबा</translation>
    </message>
    <message>
        <source>Cover image URL</source>
        <translation>कवर इमेज URL</translation>
    </message>
    <message>
        <source>Optional: https://… picture shown before the video plays</source>
        <translation>वैकल्पिक: https://… वीडियो चलने से पहले दिखने वाली तस्वीर</translation>
    </message>
    <message>
        <source>Cover image thumbnail</source>
        <translation>कवर इमेज का थंबनेल</translation>
    </message>
    <message>
        <source>Media t&amp;ype:</source>
        <translation>मीडिया का प्रकार(&amp;Y):</translation>
    </message>
    <message>
        <source>Media U&amp;RL:</source>
        <translation>मीडिया URL(&amp;R):</translation>
    </message>
    <message>
        <source>Displa&amp;y ratio:</source>
        <translation>डिस्प्ले अनुपात(&amp;Y):</translation>
    </message>
    <message>
        <source>Cover &amp;image:</source>
        <translation>कवर इमेज(&amp;I):</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>अज्ञात (%1)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (अज्ञात)</translation>
    </message>
    <message>
        <source>Videos are always shown tall.</source>
        <translation>वीडियो हमेशा लंबे (tall) दिखाए जाते हैं।</translation>
    </message>
    <message>
        <source>A video can only be shown tall: choose Tall.</source>
        <translation>वीडियो केवल लंबा (tall) दिखाया जा सकता है: “लंबा” चुनें।</translation>
    </message>
    <message>
        <source>The picture takes more of the card&apos;s height.</source>
        <translation>तस्वीर कार्ड की ऊँचाई का ज़्यादा हिस्सा लेती है।</translation>
    </message>
    <message>
        <source>A landscape picture across the card.</source>
        <translation>कार्ड की पूरी चौड़ाई में एक आड़ी तस्वीर।</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>This is not a web address: it must start with https://.</source>
        <translation>यह वेब पता नहीं है: इसे https:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Checking the cover image…</source>
        <translation>कवर इमेज की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>No content type given</source>
        <translation>कोई कंटेंट टाइप नहीं दिया गया</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 पिक्सेल</translation>
    </message>
    <message>
        <source>For the row shown the address is “%1”, which is not a web address: it must start with https://.</source>
        <translation>दिखाई गई पंक्ति के लिए पता “%1” है, जो वेब पता नहीं है: इसे https:// से शुरू होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>soip::RowPicker</name>
    <message>
        <source>R&amp;ow</source>
        <translation>पंक्ति(&amp;O)</translation>
    </message>
    <message>
        <source>Row shown in the preview</source>
        <translation>पूर्वावलोकन में दिखाई गई पंक्ति</translation>
    </message>
    <message>
        <source>Previous row</source>
        <translation>पिछली पंक्ति</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>अगली पंक्ति</translation>
    </message>
    <message>
        <source>Next &amp;problem</source>
        <translation>अगली समस्या(&amp;P)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>%1 में से</translation>
    </message>
    <message>
        <source>Spreadsheet row %1</source>
        <translation>स्प्रेडशीट की पंक्ति %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>नहीं भेजा जाएगा: %1</translation>
    </message>
    <message>
        <source>Show the next row that has a problem, in what is sent or in how it looks</source>
        <translation>अगली ऐसी पंक्ति दिखाएँ जिसमें कोई समस्या है, भेजे जाने वाले संदेश में या उसके दिखने में</translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation>लेआउट: %1</translation>
    </message>
</context>
<context>
    <name>soip::SampleMenu</name>
    <message>
        <source>New from &amp;sample</source>
        <translation>नमूने से नया(&amp;S)</translation>
    </message>
    <message>
        <source>Order on its way (call-to-action card, English)</source>
        <translation>ऑर्डर रास्ते में है (कॉल-टू-ऐक्शन कार्ड, अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Order on its way (call-to-action card, Hindi)</source>
        <translation>ऑर्डर रास्ते में है (कॉल-टू-ऐक्शन कार्ड, हिन्दी)</translation>
    </message>
    <message>
        <source>Festive offer with a picture (rich media card, English)</source>
        <translation>तस्वीर के साथ त्योहार का ऑफ़र (रिच मीडिया कार्ड, अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Festive offer with a picture (rich media card, Hindi)</source>
        <translation>तस्वीर के साथ त्योहार का ऑफ़र (रिच मीडिया कार्ड, हिन्दी)</translation>
    </message>
    <message>
        <source>The API&apos;s text message example</source>
        <translation>API का टेक्स्ट संदेश उदाहरण</translation>
    </message>
    <message>
        <source>The API&apos;s rich media card example, with a picture</source>
        <translation>API का रिच मीडिया कार्ड उदाहरण, तस्वीर के साथ</translation>
    </message>
    <message>
        <source>The API&apos;s rich media card example, with a video</source>
        <translation>API का रिच मीडिया कार्ड उदाहरण, वीडियो के साथ</translation>
    </message>
    <message>
        <source>The API&apos;s call-to-action card example</source>
        <translation>API का कॉल-टू-ऐक्शन कार्ड उदाहरण</translation>
    </message>
</context>
<context>
    <name>soip::SandboxNumbers</name>
    <message>
        <source>rejected with CAPABILITY-CHECK-ERROR (phone cannot receive SOIP)</source>
        <translation>CAPABILITY-CHECK-ERROR के साथ अस्वीकार (फ़ोन SOIP संदेश नहीं ले सकता)</translation>
    </message>
    <message>
        <source>rejected with NO-CREDITS (account out of credits)</source>
        <translation>NO-CREDITS के साथ अस्वीकार (खाते के क्रेडिट ख़त्म)</translation>
    </message>
    <message>
        <source>rejected with MOB-NOTALLOWED (default sender, number not in the team)</source>
        <translation>MOB-NOTALLOWED के साथ अस्वीकार (डिफ़ॉल्ट प्रेषक, नंबर टीम में नहीं)</translation>
    </message>
    <message>
        <source>rejected with INV-NUMBER (invalid number)</source>
        <translation>INV-NUMBER के साथ अस्वीकार (अमान्य नंबर)</translation>
    </message>
    <message>
        <source>answered with HTTP 429 Too Many Requests, Retry-After: 30</source>
        <translation>HTTP 429 Too Many Requests, Retry-After: 30 के साथ जवाब</translation>
    </message>
    <message>
        <source>answered with HTTP 500 and an HTML error page</source>
        <translation>HTTP 500 और एक HTML त्रुटि पेज के साथ जवाब</translation>
    </message>
    <message>
        <source>accepted; delivery status ends %1 (%2)</source>
        <translation>स्वीकार; डिलीवरी की अंतिम स्थिति %1 (%2)</translation>
    </message>
</context>
<context>
    <name>soip::SandboxServer</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>सैंडबॉक्स 127.0.0.1 पर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1 port %1 (is it in use?).</source>
        <translation>सैंडबॉक्स 127.0.0.1 के पोर्ट %1 पर शुरू नहीं हो सका (क्या वह पहले से इस्तेमाल में है?)।</translation>
    </message>
    <message>
        <source>Sandbox (on this computer)</source>
        <translation>सैंडबॉक्स (इसी कंप्यूटर पर)</translation>
    </message>
</context>
<context>
    <name>soip::SaveTarget</name>
    <message>
        <source>%1 is a folder, not a file: choose a file name in it.</source>
        <translation>%1 एक फ़ोल्डर है, फ़ाइल नहीं: उसके अंदर किसी फ़ाइल का नाम चुनें।</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket), so nothing was written to it.</source>
        <translation>%1 सामान्य फ़ाइल नहीं है (कोई डिवाइस, पाइप या सॉकेट), इसलिए उसमें कुछ नहीं लिखा गया।</translation>
    </message>
</context>
<context>
    <name>soip::SendController</name>
    <message>
        <source>The chosen account no longer exists. Choose another one.</source>
        <translation>चुना गया खाता अब मौजूद नहीं है। कोई दूसरा खाता चुनें।</translation>
    </message>
    <message>
        <source>Add it in Edit → Accounts.</source>
        <translation>इसे संपादन → खाते में जोड़ें।</translation>
    </message>
</context>
<context>
    <name>soip::SendHistory</name>
    <message>
        <source>The send history %1 cannot be opened: %2</source>
        <translation>भेजने का इतिहास %1 नहीं खुल सका: %2</translation>
    </message>
    <message>
        <source>The send could not be added to the history: %1</source>
        <translation>यह भेजना इतिहास में नहीं जोड़ा जा सका: %1</translation>
    </message>
    <message>
        <source>The delivery status could not be added to the history: %1</source>
        <translation>डिलीवरी स्थिति इतिहास में नहीं जोड़ी जा सकी: %1</translation>
    </message>
    <message>
        <source>The send history %1 cannot be read: %2</source>
        <translation>भेजने का इतिहास %1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>soip::SendOutcome</name>
    <message>
        <source>No complete answer before the time limit.</source>
        <translation>समय-सीमा से पहले पूरा जवाब नहीं मिला।</translation>
    </message>
    <message>
        <source>HTTP %1 with an unreadable answer: %2</source>
        <translation>HTTP %1, ऐसे जवाब के साथ जो पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2 (not followed, so the key is not sent elsewhere)</source>
        <translation>HTTP %1 के ज़रिए %2 पर रीडायरेक्ट (उसका पालन नहीं किया गया, ताकि कुंजी कहीं और न भेजी जाए)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार किया गया</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Rejected by Kaleyra</source>
        <translation>Kaleyra ने अस्वीकार किया</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API कुंजी अस्वीकार की गई</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>बहुत ज़्यादा अनुरोध</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>सर्वर में समस्या</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>कनेक्ट नहीं हो सका</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>परिणाम अज्ञात</translation>
    </message>
    <message numerus="yes">
        <source>Kaleyra accepted the message for %n recipient(s). Delivery happens next; ask for the delivery status with the message ids.</source>
        <translation>
            <numerusform>Kaleyra ने %n प्राप्तकर्ता के लिए संदेश स्वीकार किया। अब डिलीवरी होगी; संदेश ID से डिलीवरी की स्थिति पूछें।</numerusform>
            <numerusform>Kaleyra ने %n प्राप्तकर्ताओं के लिए संदेश स्वीकार किया। अब डिलीवरी होगी; संदेश ID से डिलीवरी की स्थिति पूछें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message was not sent because it has %n problem(s) to fix first.</source>
        <translation>
            <numerusform>संदेश नहीं भेजा गया, क्योंकि पहले इसकी %n समस्या ठीक करनी है।</numerusform>
            <numerusform>संदेश नहीं भेजा गया, क्योंकि पहले इसकी %n समस्याएँ ठीक करनी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>संदेश नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>The message was not sent because there is no API key for this account.</source>
        <translation>संदेश नहीं भेजा गया, क्योंकि इस खाते के लिए कोई API कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>This message is already being sent to this account; it was not sent a second time. Wait for the first send to finish.</source>
        <translation>यह संदेश इस खाते से पहले से भेजा जा रहा है; इसे दूसरी बार नहीं भेजा गया। पहली बार भेजने की प्रक्रिया पूरी होने दें।</translation>
    </message>
    <message>
        <source>Sending was cancelled before anything left this computer.</source>
        <translation>इस कंप्यूटर से कुछ भी जाने से पहले ही भेजना रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>संदेश नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Kaleyra refused the message (error %1).</source>
        <translation>Kaleyra ने संदेश अस्वीकार कर दिया (त्रुटि %1)।</translation>
    </message>
    <message>
        <source>Kaleyra says: &quot;%1&quot;.</source>
        <translation>Kaleyra का कहना है: &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Kaleyra refused the API key (HTTP %1). The key may be wrong, belong to a team member who was removed, or this computer&apos;s IP address may not be on the account&apos;s whitelist. Check the key in the Kaleyra.io console. Nothing was sent.</source>
        <translation>Kaleyra ने API कुंजी अस्वीकार कर दी (HTTP %1)। हो सकता है कुंजी ग़लत हो, किसी ऐसे टीम सदस्य की हो जिसे हटा दिया गया है, या इस कंप्यूटर का IP पता खाते की व्हाइटलिस्ट में न हो। Kaleyra.io कंसोल में कुंजी जाँचें। कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message numerus="yes">
        <source>Kaleyra is receiving too many requests from this account (HTTP 429) and did not take the message. Try again in %n second(s).</source>
        <translation>
            <numerusform>Kaleyra को इस खाते से बहुत ज़्यादा अनुरोध मिल रहे हैं (HTTP 429) और उसने संदेश नहीं लिया। %n सेकंड बाद फिर से कोशिश करें।</numerusform>
            <numerusform>Kaleyra को इस खाते से बहुत ज़्यादा अनुरोध मिल रहे हैं (HTTP 429) और उसने संदेश नहीं लिया। %n सेकंड बाद फिर से कोशिश करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Kaleyra is receiving too many requests from this account (HTTP 429) and did not take the message. Wait a minute and try again.</source>
        <translation>Kaleyra को इस खाते से बहुत ज़्यादा अनुरोध मिल रहे हैं (HTTP 429) और उसने संदेश नहीं लिया। एक मिनट रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server had a problem and gave no usable answer (%1). The message was probably not sent, but check the delivery status before sending again.</source>
        <translation>सर्वर में समस्या आई और कोई काम का जवाब नहीं मिला (%1)। संदेश शायद नहीं भेजा गया, लेकिन दोबारा भेजने से पहले डिलीवरी की स्थिति जाँच लें।</translation>
    </message>
    <message>
        <source>Could not reach the server, so nothing was sent; it is safe to try again. (%1)</source>
        <translation>सर्वर तक नहीं पहुँचा जा सका, इसलिए कुछ भी नहीं भेजा गया; फिर से कोशिश करना सुरक्षित है। (%1)</translation>
    </message>
    <message>
        <source>The request went out but no complete answer came back (%1), so we cannot tell whether Kaleyra accepted it. Check the delivery status or the Kaleyra.io console before sending again, or the recipients may get it twice.</source>
        <translation>अनुरोध भेजा गया, लेकिन पूरा जवाब वापस नहीं आया (%1), इसलिए यह नहीं कहा जा सकता कि Kaleyra ने इसे स्वीकार किया या नहीं। दोबारा भेजने से पहले डिलीवरी की स्थिति या Kaleyra.io कंसोल जाँचें, वरना प्राप्तकर्ताओं को यह दो बार मिल सकता है।</translation>
    </message>
    <message>
        <source>The message was not sent because the API key could not be read from the system keychain.</source>
        <translation>संदेश नहीं भेजा गया क्योंकि API कुंजी सिस्टम कीचेन से पढ़ी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>soip::SendService</name>
    <message>
        <source>Sandbox (built-in, sends nothing)</source>
        <translation>सैंडबॉक्स (बिल्ट-इन, कुछ नहीं भेजता)</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>बिल्ट-इन सैंडबॉक्स शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”.</source>
        <translation>“%1” के लिए कोई API कुंजी सहेजी नहीं गई है।</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”, so the status was not asked.</source>
        <translation>“%1” के लिए कोई API कुंजी सहेजी नहीं गई है, इसलिए स्थिति नहीं पूछी गई।</translation>
    </message>
    <message>
        <source>The API key for “%1” could not be read from the system keychain.</source>
        <translation>“%1” की API कुंजी सिस्टम कीचेन से पढ़ी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>soip::SendWorkflow</name>
    <message>
        <source>TXN (transactional)</source>
        <translation>TXN (ट्रांज़ैक्शनल)</translation>
    </message>
    <message>
        <source>OTP (one-time password)</source>
        <translation>OTP (वन-टाइम पासवर्ड)</translation>
    </message>
    <message>
        <source>MKT (marketing)</source>
        <translation>MKT (मार्केटिंग)</translation>
    </message>
    <message>
        <source>Sent the request; waiting for the answer…</source>
        <translation>अनुरोध भेज दिया गया; जवाब का इंतज़ार है…</translation>
    </message>
    <message numerus="yes">
        <source>Send this %1 message to %n recipient(s)?</source>
        <translation>
            <numerusform>यह %1 संदेश %n प्राप्तकर्ता को भेजें?</numerusform>
            <numerusform>यह %1 संदेश %n प्राप्तकर्ताओं को भेजें?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients: %1
Route: %2
Sender ID: %3
Account: %4</source>
        <translation>प्राप्तकर्ता: %1
रूट: %2
प्रेषक ID: %3
खाता: %4</translation>
    </message>
    <message>
        <source>This is the built-in sandbox: nothing reaches a phone.</source>
        <translation>यह बिल्ट-इन सैंडबॉक्स है: कोई संदेश फ़ोन तक नहीं पहुँचता।</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>संदेश भेजें</translation>
    </message>
    <message>
        <source>You sent this exact message at %1 — send again?</source>
        <translation>आपने ठीक यही संदेश %1 पर भेजा था — फिर से भेजें?</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>फिर से भेजें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>भेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Sending with %1…</source>
        <translation>%1 से भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार किया गया</translation>
    </message>
    <message numerus="yes">
        <source>Sent with %1: accepted for %n recipient(s).</source>
        <translation>
            <numerusform>%1 से भेजा गया: %n प्राप्तकर्ता के लिए स्वीकार किया गया।</numerusform>
            <numerusform>%1 से भेजा गया: %n प्राप्तकर्ताओं के लिए स्वीकार किया गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent. Use Check status to follow delivery.</source>
        <translation>भेज दिया गया। डिलीवरी जानने के लिए “स्थिति देखें” का उपयोग करें।</translation>
    </message>
    <message>
        <source>Asking for the delivery status…</source>
        <translation>डिलीवरी की स्थिति पूछी जा रही है…</translation>
    </message>
    <message>
        <source>Waiting for delivery…</source>
        <translation>डिलीवरी का इंतज़ार है…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delivery status as of %1.</source>
        <translation>%1 तक की डिलीवरी स्थिति।</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>cURL के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>Copied a curl command. Set KALEYRA_API_KEY in your shell before running it.</source>
        <translation>curl कमांड कॉपी हो गया। इसे चलाने से पहले अपने शेल में KALEYRA_API_KEY सेट करें।</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>A message is being sent. Quit anyway?</source>
        <translation>एक संदेश भेजा जा रहा है। फिर भी बंद करें?</translation>
    </message>
    <message>
        <source>If you quit now you will not see whether it was accepted.</source>
        <translation>अगर आप अभी बंद करते हैं, तो आप नहीं देख पाएँगे कि वह स्वीकार हुआ या नहीं।</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>रुकें(&amp;W)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the send</source>
        <translation>भेजने की पुष्टि का इंतज़ार है</translation>
    </message>
    <message>
        <source>Choose an account to send with</source>
        <translation>भेजने के लिए खाता चुनें</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) to send</source>
        <translation>
            <numerusform>भेजने के लिए %n समस्या ठीक करें</numerusform>
            <numerusform>भेजने के लिए %n समस्याएँ ठीक करें</numerusform>
        </translation>
    </message>
    <message>
        <source>This send is not in the history, which cannot be used: %1</source>
        <translation>यह भेजना इतिहास में नहीं है, क्योंकि इतिहास का उपयोग नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>This send is not in the history. %1</source>
        <translation>यह भेजना इतिहास में नहीं है। %1</translation>
    </message>
</context>
<context>
    <name>soip::SenderEditor</name>
    <message>
        <source>Sender ID</source>
        <translation>प्रेषक ID</translation>
    </message>
    <message>
        <source>Sender ID assigned to your account, e.g. TEST-NUM</source>
        <translation>आपके खाते को दिया गया प्रेषक ID, जैसे TEST-NUM</translation>
    </message>
    <message>
        <source>The sender ID assigned to your account. IDs you used before are in the list.</source>
        <translation>आपके खाते को दिया गया प्रेषक ID। पहले इस्तेमाल किए गए ID सूची में हैं।</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>रूट</translation>
    </message>
    <message>
        <source>Marketing (MKT)</source>
        <translation>मार्केटिंग (MKT)</translation>
    </message>
    <message>
        <source>Transactional (TXN)</source>
        <translation>ट्रांज़ैक्शनल (TXN)</translation>
    </message>
    <message>
        <source>One-time password (OTP)</source>
        <translation>वन-टाइम पासवर्ड (OTP)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>API (the default when empty)</source>
        <translation>API (ख़ाली होने पर डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>कैंपेन का नाम</translation>
    </message>
    <message>
        <source>Optional, e.g. Diwali offers</source>
        <translation>वैकल्पिक, जैसे दिवाली ऑफ़र</translation>
    </message>
    <message>
        <source>Callback profile ID</source>
        <translation>कॉलबैक प्रोफ़ाइल ID</translation>
    </message>
    <message>
        <source>Optional, e.g. SG_0a1b2c3d-…</source>
        <translation>वैकल्पिक, जैसे SG_0a1b2c3d-…</translation>
    </message>
    <message>
        <source>A callback profile set up for your account receives the delivery status of each message.</source>
        <translation>आपके खाते के लिए बनी कॉलबैक प्रोफ़ाइल को हर संदेश की डिलीवरी स्थिति मिलती है।</translation>
    </message>
    <message>
        <source>Sen&amp;der ID:</source>
        <translation>प्रेषक ID(&amp;D):</translation>
    </message>
    <message>
        <source>R&amp;oute:</source>
        <translation>रूट(&amp;O):</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>स्रोत(&amp;U):</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>कैंपेन का नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Call&amp;back profile:</source>
        <translation>कॉलबैक प्रोफ़ाइल(&amp;B):</translation>
    </message>
    <message>
        <source>%1 (not a route)</source>
        <translation>%1 (रूट नहीं है)</translation>
    </message>
    <message>
        <source>Marketing: promotional messages such as offers and announcements.</source>
        <translation>मार्केटिंग: प्रचार वाले संदेश, जैसे ऑफ़र और घोषणाएँ।</translation>
    </message>
    <message>
        <source>Transactional: service messages a customer expects, such as order or account updates.</source>
        <translation>ट्रांज़ैक्शनल: ऐसे सेवा संदेश जिनकी ग्राहक को उम्मीद होती है, जैसे ऑर्डर या खाते से जुड़ी जानकारी।</translation>
    </message>
    <message>
        <source>One-time password: verification codes and one-time passwords only.</source>
        <translation>वन-टाइम पासवर्ड: केवल सत्यापन कोड और वन-टाइम पासवर्ड।</translation>
    </message>
    <message>
        <source>Not a route the service knows: choose Marketing, Transactional or One-time password.</source>
        <translation>यह रूट सेवा नहीं पहचानती: मार्केटिंग, ट्रांज़ैक्शनल या वन-टाइम पासवर्ड चुनें।</translation>
    </message>
</context>
<context>
    <name>soip::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control, in reading order</source>
        <translation>पढ़ने के क्रम में अगला या पिछला नियंत्रण</translation>
    </message>
    <message>
        <source>Alt+Down, F4</source>
        <translation>Alt+Down, F4</translation>
    </message>
    <message>
        <source>Open the calendar of an event&apos;s date</source>
        <translation>इवेंट की तारीख़ का कैलेंडर खोलें</translation>
    </message>
    <message>
        <source>Explain the control that has the focus</source>
        <translation>जिस नियंत्रण पर फ़ोकस है, उसे समझाएँ</translation>
    </message>
</context>
<context>
    <name>soip::StartupReport</name>
    <message>
        <source>The file was left as it is. Sends still go out but are not added to the history, and campaigns cannot be sent until the file is moved away or the folder can be written.</source>
        <translation>फ़ाइल जैसी थी वैसी ही छोड़ दी गई है। संदेश अब भी भेजे जाते हैं पर इतिहास में नहीं जुड़ते, और जब तक फ़ाइल हटाई न जाए या फ़ोल्डर में लिखा न जा सके, अभियान नहीं भेजे जा सकते।</translation>
    </message>
    <message>
        <source>Campaigns cannot be sent.</source>
        <translation>अभियान नहीं भेजे जा सकते।</translation>
    </message>
    <message>
        <source>Some data could not be read</source>
        <translation>कुछ डेटा पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>SOIP Composer could not read all of its data. It works without it; nothing was deleted.</source>
        <translation>SOIP Composer अपना पूरा डेटा पढ़ नहीं सका। वह उसके बिना काम करता है; कुछ भी मिटाया नहीं गया।</translation>
    </message>
    <message>
        <source>History not kept</source>
        <translation>इतिहास नहीं रखा जा रहा</translation>
    </message>
    <message>
        <source>Campaigns unavailable</source>
        <translation>अभियान उपलब्ध नहीं</translation>
    </message>
</context>
<context>
    <name>soip::StatusClient</name>
    <message>
        <source>There is no API key for this account.</source>
        <translation>इस खाते के लिए कोई API कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>Give at least one message id.</source>
        <translation>कम से कम एक संदेश ID दें।</translation>
    </message>
</context>
<context>
    <name>soip::StatusOutcome</name>
    <message>
        <source>no answer before the time limit</source>
        <translation>समय-सीमा से पहले कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>डिलीवरी की स्थिति</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>पूछा नहीं गया</translation>
    </message>
    <message>
        <source>Rejected by Kaleyra</source>
        <translation>Kaleyra ने अस्वीकार किया</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API कुंजी अस्वीकार की गई</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>बहुत ज़्यादा अनुरोध</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>सर्वर में समस्या</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>कनेक्ट नहीं हो सका</translation>
    </message>
    <message>
        <source>Some message ids were not found: %1</source>
        <translation>कुछ संदेश ID नहीं मिले: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kaleyra reported the status of %n message(s).</source>
        <translation>
            <numerusform>Kaleyra ने %n संदेश की स्थिति बताई।</numerusform>
            <numerusform>Kaleyra ने %n संदेशों की स्थिति बताई।</numerusform>
        </translation>
    </message>
    <message>
        <source>Kaleyra refused the status query (error %1): %2</source>
        <translation>Kaleyra ने स्थिति की पूछताछ अस्वीकार कर दी (त्रुटि %1): %2</translation>
    </message>
    <message>
        <source>Kaleyra refused the API key (HTTP %1). Check the key in the Kaleyra.io console.</source>
        <translation>Kaleyra ने API कुंजी अस्वीकार कर दी (HTTP %1)। Kaleyra.io कंसोल में कुंजी जाँचें।</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429); wait a little and ask again.</source>
        <translation>बहुत ज़्यादा अनुरोध (HTTP 429); थोड़ा रुककर फिर पूछें।</translation>
    </message>
    <message>
        <source>The server gave no usable answer (%1). Ask again later.</source>
        <translation>सर्वर से कोई काम का जवाब नहीं मिला (%1)। बाद में फिर पूछें।</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Ask again later.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सका (%1)। बाद में फिर पूछें।</translation>
    </message>
</context>
<context>
    <name>soip::TitlesEditor</name>
    <message>
        <source>Title %1</source>
        <translation>शीर्षक %1</translation>
    </message>
    <message>
        <source>Title shown at the top of the card</source>
        <translation>कार्ड के ऊपर दिखने वाला शीर्षक</translation>
    </message>
    <message>
        <source>Move title %1 up</source>
        <translation>शीर्षक %1 को ऊपर ले जाएँ</translation>
    </message>
    <message>
        <source>Move title %1 down</source>
        <translation>शीर्षक %1 को नीचे ले जाएँ</translation>
    </message>
    <message>
        <source>Remove title %1</source>
        <translation>शीर्षक %1 हटाएँ</translation>
    </message>
    <message>
        <source>Add title</source>
        <translation>शीर्षक जोड़ें</translation>
    </message>
    <message>
        <source>A card has at most %1 titles.</source>
        <translation>एक कार्ड में ज़्यादा से ज़्यादा %1 शीर्षक होते हैं।</translation>
    </message>
    <message>
        <source>Add another title row</source>
        <translation>एक और शीर्षक पंक्ति जोड़ें</translation>
    </message>
</context>
<context>
    <name>soip::Validator</name>
    <message>
        <source>There are %1 titles; a card can have at most %2.</source>
        <translation>%1 शीर्षक हैं; एक कार्ड में ज़्यादा से ज़्यादा %2 हो सकते हैं।</translation>
    </message>
    <message>
        <source>Title %1 is empty: write it or remove it.</source>
        <translation>शीर्षक %1 ख़ाली है: इसे लिखें या हटा दें।</translation>
    </message>
    <message>
        <source>The media type is missing: use 1 for an image or 2 for a video.</source>
        <translation>मीडिया का प्रकार नहीं दिया गया है: इमेज के लिए 1 या वीडियो के लिए 2 लिखें।</translation>
    </message>
    <message>
        <source>%1 is not a media type: use 1 for an image or 2 for a video.</source>
        <translation>%1 कोई मीडिया प्रकार नहीं है: इमेज के लिए 1 या वीडियो के लिए 2 लिखें।</translation>
    </message>
    <message>
        <source>The web address of the image or video is missing.</source>
        <translation>इमेज या वीडियो का वेब पता नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>The display ratio is missing: a video must be shown tall.</source>
        <translation>डिस्प्ले अनुपात नहीं दिया गया है: वीडियो को tall ही दिखाया जा सकता है।</translation>
    </message>
    <message>
        <source>The display ratio is missing: use normal or tall.</source>
        <translation>डिस्प्ले अनुपात नहीं दिया गया है: normal या tall लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a display ratio: use normal or tall, in small letters.</source>
        <translation>“%1” कोई डिस्प्ले अनुपात नहीं है: छोटे अक्षरों में normal या tall लिखें।</translation>
    </message>
    <message>
        <source>A video can only be shown tall: change the display ratio to tall.</source>
        <translation>वीडियो केवल tall दिखाया जा सकता है: डिस्प्ले अनुपात को tall कर दें।</translation>
    </message>
    <message>
        <source>A cover image is only shown for a video; an image does not use it.</source>
        <translation>कवर इमेज केवल वीडियो के लिए दिखाई जाती है; इमेज में इसका उपयोग नहीं होता।</translation>
    </message>
    <message>
        <source>A rich media card needs an image or a video.</source>
        <translation>रिच मीडिया कार्ड में एक इमेज या वीडियो ज़रूरी है।</translation>
    </message>
    <message>
        <source>There are %1 images or videos; a card shows exactly one.</source>
        <translation>%1 इमेज या वीडियो हैं; एक कार्ड में ठीक एक ही दिखाई जाती है।</translation>
    </message>
    <message>
        <source>The category is missing: a card shows it above the titles.</source>
        <translation>श्रेणी नहीं दी गई है: कार्ड इसे शीर्षकों के ऊपर दिखाता है।</translation>
    </message>
    <message>
        <source>The core entity is missing: a call-to-action card needs one.</source>
        <translation>मुख्य इकाई नहीं दी गई है: कॉल-टू-ऐक्शन कार्ड में यह ज़रूरी है।</translation>
    </message>
    <message>
        <source>The message text is empty.</source>
        <translation>संदेश का टेक्स्ट ख़ाली है।</translation>
    </message>
    <message>
        <source>The message text has %1 characters; at most %2 are allowed.</source>
        <translation>संदेश के टेक्स्ट में %1 अक्षर हैं; ज़्यादा से ज़्यादा %2 की अनुमति है।</translation>
    </message>
    <message>
        <source>The message type is missing: choose TXT (text), RMC (rich media card) or CTA (call-to-action card).</source>
        <translation>संदेश का प्रकार नहीं दिया गया है: TXT (टेक्स्ट), RMC (रिच मीडिया कार्ड) या CTA (कॉल-टू-ऐक्शन कार्ड) चुनें।</translation>
    </message>
    <message>
        <source>“%1” is not a message type: use TXT, RMC or CTA, in capital letters.</source>
        <translation>“%1” कोई संदेश प्रकार नहीं है: बड़े अक्षरों में TXT, RMC या CTA लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a route: use MKT (marketing), TXN (transactional) or OTP (one-time password), in capital letters, or leave it empty for MKT.</source>
        <translation>“%1” कोई रूट नहीं है: बड़े अक्षरों में MKT (मार्केटिंग), TXN (ट्रांज़ैक्शनल) या OTP (वन-टाइम पासवर्ड) लिखें, या MKT के लिए ख़ाली छोड़ दें।</translation>
    </message>
    <message>
        <source>“%1” is not a source the SOIP service documents; leave it empty or write API.</source>
        <translation>“%1” SOIP सेवा में बताया गया कोई स्रोत नहीं है; इसे ख़ाली छोड़ें या API लिखें।</translation>
    </message>
    <message>
        <source>A %1 message does not use this field; it is left out when the message is sent.</source>
        <translation>%1 संदेश में इस फ़ील्ड का उपयोग नहीं होता; संदेश भेजते समय इसे छोड़ दिया जाता है।</translation>
    </message>
    <message>
        <source>The sender is missing: enter the sender ID assigned to your account.</source>
        <translation>प्रेषक नहीं दिया गया है: अपने खाते को दिया गया प्रेषक ID लिखें।</translation>
    </message>
    <message>
        <source>The recipients field is empty: add at least one mobile number with its country code, e.g. 919876543210.</source>
        <translation>प्राप्तकर्ता फ़ील्ड ख़ाली है: देश कोड के साथ कम से कम एक मोबाइल नंबर जोड़ें, जैसे 919876543210।</translation>
    </message>
    <message>
        <source>There is an empty entry in the recipients: remove the extra comma.</source>
        <translation>प्राप्तकर्ताओं में एक ख़ाली प्रविष्टि है: फ़ालतू कॉमा हटा दें।</translation>
    </message>
    <message>
        <source>%1 is in the recipients more than once, so that phone would get the message more than once.</source>
        <translation>%1 प्राप्तकर्ताओं में एक से ज़्यादा बार है, इसलिए उस फ़ोन पर संदेश एक से ज़्यादा बार पहुँचेगा।</translation>
    </message>
    <message>
        <source>%1 is not an Indian number; SOIP messages reach phones in India only.</source>
        <translation>%1 भारतीय नंबर नहीं है; SOIP संदेश केवल भारत के फ़ोनों तक पहुँचते हैं।</translation>
    </message>
    <message>
        <source>The button has no label: write the text shown on it, e.g. Track Order.</source>
        <translation>बटन पर कोई लेबल नहीं है: उस पर दिखने वाला टेक्स्ट लिखें, जैसे Track Order।</translation>
    </message>
    <message>
        <source>The button label has %1 characters; at most %2 fit on the button.</source>
        <translation>बटन के लेबल में %1 अक्षर हैं; बटन पर ज़्यादा से ज़्यादा %2 आ सकते हैं।</translation>
    </message>
    <message>
        <source>The button has no action type: use 1 (open link), 2 (add calendar event), 3 (open app), 4 (copy text) or 5 (phone call).</source>
        <translation>बटन का कोई ऐक्शन प्रकार नहीं है: 1 (लिंक खोलें), 2 (कैलेंडर इवेंट जोड़ें), 3 (ऐप खोलें), 4 (टेक्स्ट कॉपी करें) या 5 (फ़ोन कॉल) लिखें।</translation>
    </message>
    <message>
        <source>%1 is not an action type: use 1 (open link), 2 (add calendar event), 3 (open app), 4 (copy text) or 5 (phone call).</source>
        <translation>%1 कोई ऐक्शन प्रकार नहीं है: 1 (लिंक खोलें), 2 (कैलेंडर इवेंट जोड़ें), 3 (ऐप खोलें), 4 (टेक्स्ट कॉपी करें) या 5 (फ़ोन कॉल) लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD, e.g. 2025-10-19.</source>
        <translation>“%1” YYYY-MM-DD रूप में तारीख़ नहीं है, जैसे 2025-10-19।</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 कोई असली तारीख़ नहीं है।</translation>
    </message>
    <message>
        <source>The event&apos;s date %1 is in the past.</source>
        <translation>इवेंट की तारीख़ %1 बीत चुकी है।</translation>
    </message>
    <message>
        <source>“%1” is not a time in the form HH:MM (24-hour), e.g. 09:30 or 22:30.</source>
        <translation>“%1” HH:MM (24-घंटे) रूप में समय नहीं है, जैसे 09:30 या 22:30।</translation>
    </message>
    <message>
        <source>%1 is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation>%1 दिन का कोई समय नहीं है: घंटे 00 से 23 और मिनट 00 से 59 तक होते हैं।</translation>
    </message>
    <message>
        <source>The calendar event is missing: give its date, time, title and description.</source>
        <translation>कैलेंडर इवेंट नहीं दिया गया है: उसकी तारीख़, समय, शीर्षक और विवरण दें।</translation>
    </message>
    <message>
        <source>The event&apos;s date is missing (YYYY-MM-DD).</source>
        <translation>इवेंट की तारीख़ नहीं दी गई है (YYYY-MM-DD)।</translation>
    </message>
    <message>
        <source>The event&apos;s time is missing (HH:MM, 24-hour).</source>
        <translation>इवेंट का समय नहीं दिया गया है (HH:MM, 24-घंटे)।</translation>
    </message>
    <message>
        <source>The event&apos;s title is missing.</source>
        <translation>इवेंट का शीर्षक नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>The event&apos;s description is missing.</source>
        <translation>इवेंट का विवरण नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>This app link is empty: fill in its action, package and class, or remove it.</source>
        <translation>यह ऐप लिंक ख़ाली है: इसका ऐक्शन, पैकेज और क्लास भरें, या इसे हटा दें।</translation>
    </message>
    <message>
        <source>The app link&apos;s action is missing, e.g. android.intent.action.MAIN.</source>
        <translation>ऐप लिंक का ऐक्शन नहीं दिया गया है, जैसे android.intent.action.MAIN।</translation>
    </message>
    <message>
        <source>The app&apos;s package name is missing, e.g. com.flipkart.android.</source>
        <translation>ऐप के पैकेज का नाम नहीं दिया गया है, जैसे com.flipkart.android।</translation>
    </message>
    <message>
        <source>“%1” is not an Android package name: it has parts separated by dots, each starting with a letter, e.g. com.flipkart.android.</source>
        <translation>“%1” Android पैकेज का नाम नहीं है: इसमें बिंदुओं से अलग किए गए हिस्से होते हैं और हर हिस्सा किसी अक्षर से शुरू होता है, जैसे com.flipkart.android।</translation>
    </message>
    <message>
        <source>The app&apos;s class name is missing: give the activity, e.g. com.flipkart.android.SplashActivity, or the app&apos;s Play Store address.</source>
        <translation>ऐप की क्लास का नाम नहीं दिया गया है: ऐक्टिविटी दें, जैसे com.flipkart.android.SplashActivity, या ऐप का Play Store पता।</translation>
    </message>
    <message>
        <source>A web address here must be the app&apos;s Play Store page, e.g. https://play.google.com/store/apps/details?id=com.flipkart.android.</source>
        <translation>यहाँ वेब पता ऐप का Play Store पेज ही होना चाहिए, जैसे https://play.google.com/store/apps/details?id=com.flipkart.android।</translation>
    </message>
    <message>
        <source>The Play Store page is for %1, but the package name is %2.</source>
        <translation>Play Store पेज %1 का है, लेकिन पैकेज का नाम %2 है।</translation>
    </message>
    <message>
        <source>“%1” is not an Android class name: write the full name, e.g. com.flipkart.android.SplashActivity, or the app&apos;s Play Store address.</source>
        <translation>“%1” Android क्लास का नाम नहीं है: पूरा नाम लिखें, जैसे com.flipkart.android.SplashActivity, या ऐप का Play Store पता।</translation>
    </message>
    <message>
        <source>The button has no web address to open.</source>
        <translation>बटन में खोलने के लिए कोई वेब पता नहीं है।</translation>
    </message>
    <message>
        <source>The button has no text to copy.</source>
        <translation>बटन में कॉपी करने के लिए कोई टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <source>The button has no phone number to call.</source>
        <translation>बटन में कॉल करने के लिए कोई फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>The button does not say which app to open: add an app link.</source>
        <translation>बटन यह नहीं बताता कि कौन-सा ऐप खोलना है: एक ऐप लिंक जोड़ें।</translation>
    </message>
    <message>
        <source>An open-app button does not use action_to; it is left out when sent.</source>
        <translation>ऐप खोलने वाला बटन action_to का उपयोग नहीं करता; भेजते समय इसे छोड़ दिया जाता है।</translation>
    </message>
    <message>
        <source>Only an open-app button uses app links; they are left out when sent.</source>
        <translation>ऐप लिंक का उपयोग केवल ऐप खोलने वाला बटन करता है; भेजते समय इन्हें छोड़ दिया जाता है।</translation>
    </message>
    <message>
        <source>A call-to-action card needs at least one button.</source>
        <translation>कॉल-टू-ऐक्शन कार्ड में कम से कम एक बटन ज़रूरी है।</translation>
    </message>
    <message>
        <source>There are %1 buttons; a card can have at most %2.</source>
        <translation>%1 बटन हैं; एक कार्ड में ज़्यादा से ज़्यादा %2 हो सकते हैं।</translation>
    </message>
    <message>
        <source>The button has no rank: give 0, 1, 2 or 3 (its place on the card).</source>
        <translation>बटन की कोई रैंक नहीं है: 0, 1, 2 या 3 दें (कार्ड पर उसका स्थान)।</translation>
    </message>
    <message>
        <source>“%1” is not a rank: use 0, 1, 2 or 3.</source>
        <translation>“%1” कोई रैंक नहीं है: 0, 1, 2 या 3 लिखें।</translation>
    </message>
    <message>
        <source>Two buttons have rank %1: give each button its own rank.</source>
        <translation>दो बटनों की रैंक %1 है: हर बटन को अलग रैंक दें।</translation>
    </message>
    <message>
        <source>“%1” is not an Android intent action: write its full name, e.g. android.intent.action.MAIN.</source>
        <translation>“%1” कोई Android इंटेंट ऐक्शन नहीं है: इसका पूरा नाम लिखें, जैसे android.intent.action.MAIN।</translation>
    </message>
    <message numerus="yes">
        <source>The recipients field has %n entries; one message can go to at most %1 numbers: split the list into several messages.</source>
        <translation>
            <numerusform>प्राप्तकर्ता फ़ील्ड में %n प्रविष्टि है; एक संदेश अधिकतम %1 नंबरों पर जा सकता है: सूची को कई संदेशों में बाँटें।</numerusform>
            <numerusform>प्राप्तकर्ता फ़ील्ड में %n प्रविष्टियाँ हैं; एक संदेश अधिकतम %1 नंबरों पर जा सकता है: सूची को कई संदेशों में बाँटें।</numerusform>
        </translation>
    </message>
    <message>
        <source>A call-to-action card (CTA) needs a title: add one to four titles.</source>
        <translation>कॉल-टू-एक्शन कार्ड (CTA) में शीर्षक ज़रूरी है: एक से चार शीर्षक जोड़ें।</translation>
    </message>
    <message>
        <source>A rich media card (RMC) needs a title: add one to four titles.</source>
        <translation>रिच मीडिया कार्ड (RMC) में शीर्षक ज़रूरी है: एक से चार शीर्षक जोड़ें।</translation>
    </message>
</context>
<context>
    <name>soip::VendorError</name>
    <message>
        <source>Add at least one recipient number in &quot;To&quot;.</source>
        <translation>&quot;To&quot; में कम से कम एक प्राप्तकर्ता का नंबर जोड़ें।</translation>
    </message>
    <message>
        <source>A recipient&apos;s mobile number is not valid. Check the numbers in &quot;To&quot;: each needs its country code (91 for India).</source>
        <translation>किसी प्राप्तकर्ता का मोबाइल नंबर मान्य नहीं है। &quot;To&quot; के नंबर जाँचें: हर नंबर के साथ देश कोड होना चाहिए (भारत के लिए 91)।</translation>
    </message>
    <message>
        <source>The route must be MKT (marketing), TXN (transactional) or OTP.</source>
        <translation>रूट MKT (मार्केटिंग), TXN (ट्रांज़ैक्शनल) या OTP होना चाहिए।</translation>
    </message>
    <message>
        <source>The message type must be TXT (text), RMC (rich media card) or CTA (call to action).</source>
        <translation>संदेश का प्रकार TXT (टेक्स्ट), RMC (रिच मीडिया कार्ड) या CTA (कॉल-टू-ऐक्शन) होना चाहिए।</translation>
    </message>
    <message>
        <source>A call-to-action (CTA) message needs at least one button.</source>
        <translation>कॉल-टू-ऐक्शन (CTA) संदेश में कम से कम एक बटन ज़रूरी है।</translation>
    </message>
    <message>
        <source>Rich media and call-to-action messages need one to four titles.</source>
        <translation>रिच मीडिया और कॉल-टू-ऐक्शन संदेशों में एक से चार शीर्षक ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>With the default sender ID (KLRHXA) you can only send to members of your own team. Ask Kaleyra for your own sender ID, or send to a team member&apos;s number.</source>
        <translation>डिफ़ॉल्ट प्रेषक ID (KLRHXA) से आप केवल अपनी टीम के सदस्यों को भेज सकते हैं। Kaleyra से अपना प्रेषक ID माँगें, या किसी टीम सदस्य के नंबर पर भेजें।</translation>
    </message>
    <message>
        <source>The sender ID (&quot;From&quot;) is missing or not assigned to this account.</source>
        <translation>प्रेषक ID (&quot;From&quot;) नहीं दिया गया है या इस खाते को नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>The source is not valid; leave it empty to use API.</source>
        <translation>स्रोत मान्य नहीं है; API इस्तेमाल करने के लिए इसे ख़ाली छोड़ दें।</translation>
    </message>
    <message>
        <source>The message text is missing or longer than 4000 characters.</source>
        <translation>संदेश का टेक्स्ट नहीं दिया गया है या 4000 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>Rich media and call-to-action messages need a category.</source>
        <translation>रिच मीडिया और कॉल-टू-ऐक्शन संदेशों में श्रेणी ज़रूरी है।</translation>
    </message>
    <message>
        <source>Every button needs a label.</source>
        <translation>हर बटन पर लेबल ज़रूरी है।</translation>
    </message>
    <message>
        <source>A button has an unknown kind; use open link, add to calendar, open app, copy text or call.</source>
        <translation>एक बटन का प्रकार अज्ञात है; लिंक खोलें, कैलेंडर में जोड़ें, ऐप खोलें, टेक्स्ट कॉपी करें या कॉल करें में से चुनें।</translation>
    </message>
    <message>
        <source>A button&apos;s position (rank) must be 0, 1, 2 or 3.</source>
        <translation>बटन का स्थान (रैंक) 0, 1, 2 या 3 होना चाहिए।</translation>
    </message>
    <message>
        <source>A button is missing its target (the link, calendar event, text to copy or phone number).</source>
        <translation>एक बटन का लक्ष्य नहीं दिया गया है (लिंक, कैलेंडर इवेंट, कॉपी करने का टेक्स्ट या फ़ोन नंबर)।</translation>
    </message>
    <message>
        <source>An &quot;open app&quot; button needs the app to open (its deep link).</source>
        <translation>&quot;ऐप खोलें&quot; बटन के लिए खोला जाने वाला ऐप (उसका डीप लिंक) ज़रूरी है।</translation>
    </message>
    <message>
        <source>The media must be an image or a video.</source>
        <translation>मीडिया इमेज या वीडियो होना चाहिए।</translation>
    </message>
    <message>
        <source>The image or video address is not valid; it must be a public web address.</source>
        <translation>इमेज या वीडियो का पता मान्य नहीं है; यह एक सार्वजनिक वेब पता होना चाहिए।</translation>
    </message>
    <message>
        <source>The display ratio must be normal or tall (a video supports only tall).</source>
        <translation>डिस्प्ले अनुपात normal या tall होना चाहिए (वीडियो केवल tall में चलता है)।</translation>
    </message>
    <message>
        <source>The recipient&apos;s phone cannot receive SOIP messages (it failed the capability check: the MI message app may be missing or turned off). Nothing can be delivered to this number.</source>
        <translation>प्राप्तकर्ता का फ़ोन SOIP संदेश नहीं ले सकता (क्षमता जाँच में विफल: शायद MI मैसेज ऐप नहीं है या बंद है)। इस नंबर पर कुछ भी डिलीवर नहीं हो सकता।</translation>
    </message>
    <message>
        <source>The account has run out of credits. Top it up in the Kaleyra.io console, then send again.</source>
        <translation>खाते के क्रेडिट ख़त्म हो गए हैं। Kaleyra.io कंसोल में रीचार्ज करें, फिर दोबारा भेजें।</translation>
    </message>
</context>
<context>
    <name>soip::VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>वीडियो का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Cannot play this video: %1</source>
        <translation>यह वीडियो नहीं चल सकता: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>आवाज़ चालू करें</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>आवाज़ बंद करें</translation>
    </message>
</context>
<context>
    <name>soip::WebAddress</name>
    <message>
        <source>The web address has spaces at its start or end.</source>
        <translation>वेब पते की शुरुआत या अंत में स्पेस हैं।</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces; write them as %20.</source>
        <translation>वेब पते में स्पेस नहीं हो सकते; उन्हें %20 लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a complete web address: it must start with https:// (or http://).</source>
        <translation>“%1” पूरा वेब पता नहीं है: इसे https:// (या http://) से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>Only https:// and http:// web addresses can be opened on the phone, not %1://.</source>
        <translation>फ़ोन पर केवल https:// और http:// वेब पते खोले जा सकते हैं, %1:// नहीं।</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>“%1” मान्य वेब पता नहीं है।</translation>
    </message>
    <message>
        <source>The web address %1 has no site name after %2://.</source>
        <translation>वेब पते %1 में %2:// के बाद साइट का नाम नहीं है।</translation>
    </message>
</context>
<context>
    <name>soip::WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>नया(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new message (Ctrl+N)</source>
        <translation>नया संदेश शुरू करें (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved draft (Ctrl+O)</source>
        <translation>सहेजा गया ड्राफ़्ट खोलें (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>ड्राफ़्ट सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>इस नाम से सहेजें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Preview as PNG…</source>
        <translation>पूर्वावलोकन को PNG के रूप में एक्सपोर्ट करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>भेजें(&amp;S)…</translation>
    </message>
    <message>
        <source>Check s&amp;tatus</source>
        <translation>स्थिति देखें(&amp;T)</translation>
    </message>
    <message>
        <source>Ask for the delivery status of the last message sent</source>
        <translation>पिछले भेजे गए संदेश की डिलीवरी स्थिति पूछें</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>cURL के रूप में कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this message; the key is left as $KALEYRA_API_KEY</source>
        <translation>यह संदेश भेजने वाला curl कमांड कॉपी करें; कुंजी की जगह $KALEYRA_API_KEY ही रहेगा</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>खाते(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>प्राथमिकताएँ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About SOIP Composer</source>
        <translation>SOIP Composer के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>हाल की फ़ाइलें खोलें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>संदेश(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>Export &amp;Template…</source>
        <translation>टेम्पलेट निर्यात करें(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the message alone, as an API payload, without the spreadsheet</source>
        <translation>स्प्रेडशीट के बिना, केवल संदेश को API पेलोड के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Recipients from a &amp;File…</source>
        <translation>फ़ाइल से प्राप्तकर्ता(&amp;F)…</translation>
    </message>
    <message>
        <source>Send to every row of a spreadsheet (CSV or Excel)</source>
        <translation>स्प्रेडशीट (CSV या Excel) की हर पंक्ति को भेजें</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>इतिहास(&amp;H)…</translation>
    </message>
    <message>
        <source>Every message and campaign sent, with its outcome and delivery status (Ctrl+H)</source>
        <translation>भेजा गया हर संदेश और कैंपेन, उसके परिणाम और डिलीवरी स्थिति के साथ (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>soip::WindowDocks</name>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Send result</source>
        <translation>भेजने का परिणाम</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>अभियान</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>समस्याएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Send &amp;result</source>
        <translation>भेजने का परिणाम(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>अभियान(&amp;C)</translation>
    </message>
</context>
<context>
    <name>soip::WindowExtras</name>
    <message>
        <source>&amp;Guide</source>
        <translation>मार्गदर्शिका(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
</context>
<context>
    <name>soip::XlsxReader</name>
    <message>
        <source>The workbook cannot be opened: it is not a valid XLSX file.</source>
        <translation>वर्कबुक खोली नहीं जा सकती: यह मान्य XLSX फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (no xl/workbook.xml).</source>
        <translation>यह फ़ाइल zip आर्काइव है, पर Excel वर्कबुक नहीं (xl/workbook.xml नहीं है)।</translation>
    </message>
    <message>
        <source>The workbook has no sheet.</source>
        <translation>वर्कबुक में कोई शीट नहीं है।</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;. Its sheets are: %2.</source>
        <translation>वर्कबुक में &quot;%1&quot; नाम की कोई शीट नहीं है। उसकी शीट ये हैं: %2।</translation>
    </message>
    <message>
        <source>The workbook&apos;s text is larger than %1 MiB.</source>
        <translation>वर्कबुक का टेक्स्ट %1 MiB से बड़ा है।</translation>
    </message>
    <message>
        <source>The sheet is larger than %1 MiB.</source>
        <translation>शीट %1 MiB से बड़ी है।</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet %1 is missing from the file.</source>
        <translation>वर्कबुक की शीट %1 फ़ाइल में नहीं है।</translation>
    </message>
    <message>
        <source>Row %1 has a cell beyond the last column Excel allows.</source>
        <translation>पंक्ति %1 में Excel के आख़िरी कॉलम के बाद भी एक सेल है।</translation>
    </message>
    <message>
        <source>The sheet cannot be read: %1 (line %2).</source>
        <translation>शीट पढ़ी नहीं जा सकती: %1 (लाइन %2)।</translation>
    </message>
    <message>
        <source>The sheet is empty: the first row must hold the column names.</source>
        <translation>शीट ख़ाली है: पहली पंक्ति में कॉलम के नाम होने चाहिए।</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>फ़ाइल पढ़ना रोक दिया गया।</translation>
    </message>
    <message>
        <source>The sheet&apos;s cells hold more than %1 million characters.</source>
        <translation>शीट के सेलों में %1 मिलियन से ज़्यादा अक्षर हैं।</translation>
    </message>
    <message>
        <source>The sheet is damaged: its row %1 comes after row %2. Open the file in Excel or LibreOffice and save it again.</source>
        <translation>शीट ख़राब है: इसकी पंक्ति %1 पंक्ति %2 के बाद आती है। फ़ाइल को Excel या LibreOffice में खोलकर फिर से सहेजें।</translation>
    </message>
    <message>
        <source>The sheet is damaged: it has a row beyond row %1, the last one Excel allows.</source>
        <translation>शीट ख़राब है: इसमें पंक्ति %1 के बाद की पंक्ति है, जो Excel की अंतिम अनुमत पंक्ति है।</translation>
    </message>
</context>
<context>
    <name>soip::cli::Cli</name>
    <message>
        <source>Check message files against the SOIP rules</source>
        <translation>SOIP नियमों के अनुसार संदेश फ़ाइलों की जाँच करें</translation>
    </message>
    <message>
        <source>Print a message file as canonical API JSON</source>
        <translation>संदेश फ़ाइल को मानक API JSON के रूप में दिखाएँ</translation>
    </message>
    <message>
        <source>Send a message file</source>
        <translation>संदेश फ़ाइल भेजें</translation>
    </message>
    <message>
        <source>Ask for the delivery status of sent messages</source>
        <translation>भेजे गए संदेशों की डिलीवरी स्थिति पूछें</translation>
    </message>
    <message>
        <source>List, add or remove accounts</source>
        <translation>खातों की सूची देखें, खाते जोड़ें या हटाएँ</translation>
    </message>
    <message>
        <source>Run the built-in SOIP simulator</source>
        <translation>बिल्ट-इन SOIP सिम्युलेटर चलाएँ</translation>
    </message>
    <message>
        <source>Render a message as the phone shows it, to PNG</source>
        <translation>संदेश को वैसा ही PNG में बनाएँ जैसा फ़ोन पर दिखता है</translation>
    </message>
    <message>
        <source>Usage: soip COMMAND [OPTIONS]

Commands:
</source>
        <translation>उपयोग: soip COMMAND [OPTIONS]

कमांड:
</translation>
    </message>
    <message>
        <source>
Run &apos;soip help COMMAND&apos; for a command&apos;s options.
</source>
        <translation>
किसी कमांड के विकल्प देखने के लिए &apos;soip help COMMAND&apos; चलाएँ।
</translation>
    </message>
    <message>
        <source>soip: there is no command &apos;%1&apos;.
</source>
        <translation>soip: &apos;%1&apos; नाम का कोई कमांड नहीं है।
</translation>
    </message>
    <message>
        <source>Usage: soip accounts list
       soip accounts add NAME --sid SID [--base-url URL | --region global|in|ap|eu]
                         [--sender ID] [--route MKT|TXN|OTP] [--callback-profile ID]
                         [--default] [--no-key]
       soip accounts remove NAME

Accounts are kept in the settings; their API keys only in the system keychain.

&apos;add&apos; reads the API key from standard input: typed at a hidden prompt, or piped in
(e.g. from a password manager). It is never an argument. When no keychain works on this
computer the account is not added; use --no-key to add it anyway and give the key in the
KALEYRA_API_KEY environment variable when sending.

Regions: global https://api.kaleyra.io (the SOIP reference host), in https://api.in.kaleyra.io,
ap https://api.ap.kaleyra.io, eu https://api.eu.kaleyra.io.

Exit status: 0 done; 1 not done (see the message); 64 wrong arguments.
</source>
        <translation>उपयोग: soip accounts list
       soip accounts add NAME --sid SID [--base-url URL | --region global|in|ap|eu]
                         [--sender ID] [--route MKT|TXN|OTP] [--callback-profile ID]
                         [--default] [--no-key]
       soip accounts remove NAME

खाते सेटिंग्स में रखे जाते हैं; उनकी API कुंजियाँ केवल सिस्टम कीचेन में।

&apos;add&apos; API कुंजी स्टैंडर्ड इनपुट से पढ़ता है: छिपे हुए प्रॉम्प्ट पर टाइप की गई, या पाइप से दी गई
(जैसे किसी पासवर्ड मैनेजर से)। यह कभी आर्ग्युमेंट के रूप में नहीं दी जाती। अगर इस कंप्यूटर पर कोई
कीचेन काम नहीं करता, तो खाता नहीं जोड़ा जाता; फिर भी जोड़ने के लिए --no-key इस्तेमाल करें और भेजते
समय कुंजी KALEYRA_API_KEY एनवायरनमेंट वेरिएबल में दें।

क्षेत्र: global https://api.kaleyra.io (SOIP संदर्भ होस्ट), in https://api.in.kaleyra.io,
ap https://api.ap.kaleyra.io, eu https://api.eu.kaleyra.io।

एग्ज़िट स्टेटस: 0 हो गया; 1 नहीं हुआ (संदेश देखें); 64 ग़लत आर्ग्युमेंट।
</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with: soip accounts add NAME --sid SID
</source>
        <translation>अभी कोई खाता नहीं है। इससे एक खाता जोड़ें: soip accounts add NAME --sid SID
</translation>
    </message>
    <message>
        <source>key in keychain</source>
        <translation>कुंजी कीचेन में है</translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation>कोई कुंजी सहेजी नहीं गई</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>कीचेन उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>कीचेन त्रुटि</translation>
    </message>
    <message>
        <source>sender %1  </source>
        <translation>प्रेषक %1  </translation>
    </message>
    <message>
        <source>route %1  </source>
        <translation>रूट %1  </translation>
    </message>
    <message>
        <source>callback profile %1  </source>
        <translation>कॉलबैक प्रोफ़ाइल %1  </translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>खाते का नाम।</translation>
    </message>
    <message>
        <source>The account SID.</source>
        <translation>खाते का SID।</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>The API&apos;s base URL.</source>
        <translation>API का बेस URL।</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>global, in, ap or eu.</source>
        <translation>global, in, ap या eu।</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Default sender ID.</source>
        <translation>डिफ़ॉल्ट प्रेषक ID।</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Default route.</source>
        <translation>डिफ़ॉल्ट रूट।</translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation>ROUTE</translation>
    </message>
    <message>
        <source>Default callback profile id.</source>
        <translation>डिफ़ॉल्ट कॉलबैक प्रोफ़ाइल ID।</translation>
    </message>
    <message>
        <source>Make it the default account.</source>
        <translation>इसे डिफ़ॉल्ट खाता बनाएँ।</translation>
    </message>
    <message>
        <source>Do not store a key.</source>
        <translation>कुंजी न सहेजें।</translation>
    </message>
    <message>
        <source>soip accounts add: give a NAME and --sid.

</source>
        <translation>soip accounts add: एक NAME और --sid दें।

</translation>
    </message>
    <message>
        <source>soip accounts add: give either --base-url or --region, not both.
</source>
        <translation>soip accounts add: --base-url या --region में से कोई एक दें, दोनों नहीं।
</translation>
    </message>
    <message>
        <source>soip accounts add: --region is global, in, ap or eu, not &quot;%1&quot;.
</source>
        <translation>soip accounts add: --region global, in, ap या eu होता है, &quot;%1&quot; नहीं।
</translation>
    </message>
    <message>
        <source>soip accounts add: --route is MKT, TXN or OTP, not &quot;%1&quot;.
</source>
        <translation>soip accounts add: --route MKT, TXN या OTP होता है, &quot;%1&quot; नहीं।
</translation>
    </message>
    <message>
        <source>soip accounts add: %1
</source>
        <translation>soip accounts add: %1
</translation>
    </message>
    <message>
        <source>soip accounts add: there is already an account named &quot;%1&quot;. Remove it first.
</source>
        <translation>soip accounts add: &quot;%1&quot; नाम का खाता पहले से मौजूद है। पहले उसे हटाएँ।
</translation>
    </message>
    <message>
        <source>API key for %1 (input hidden): </source>
        <translation>%1 के लिए API कुंजी (इनपुट छिपा है): </translation>
    </message>
    <message>
        <source>soip accounts add: no API key was given on standard input; the account was not added. (Use --no-key to add it without one.)
</source>
        <translation>soip accounts add: स्टैंडर्ड इनपुट पर कोई API कुंजी नहीं दी गई; खाता नहीं जोड़ा गया। (बिना कुंजी के जोड़ने के लिए --no-key इस्तेमाल करें।)
</translation>
    </message>
    <message>
        <source>soip accounts add: the account was not added. %1 (Use --no-key to add it without storing the key.)
</source>
        <translation>soip accounts add: खाता नहीं जोड़ा गया। %1 (कुंजी सहेजे बिना जोड़ने के लिए --no-key इस्तेमाल करें।)
</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; (%2, %3)%4.
</source>
        <translation>खाता &quot;%1&quot; जोड़ा गया (%2, %3)%4।
</translation>
    </message>
    <message>
        <source>, without a key</source>
        <translation>, बिना कुंजी के</translation>
    </message>
    <message>
        <source>, key in the keychain</source>
        <translation>, कुंजी कीचेन में</translation>
    </message>
    <message>
        <source>soip accounts remove: give the NAME of one account.
</source>
        <translation>soip accounts remove: किसी एक खाते का NAME दें।
</translation>
    </message>
    <message>
        <source>soip accounts remove: there is no account named &quot;%1&quot;.
</source>
        <translation>soip accounts remove: &quot;%1&quot; नाम का कोई खाता नहीं है।
</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot;.
</source>
        <translation>खाता &quot;%1&quot; हटा दिया गया।
</translation>
    </message>
    <message>
        <source>Its key could not be removed from the keychain: %1
</source>
        <translation>इसकी कुंजी कीचेन से हटाई नहीं जा सकी: %1
</translation>
    </message>
    <message>
        <source>soip accounts: unknown action &quot;%1&quot;; use list, add or remove.

</source>
        <translation>soip accounts: अज्ञात कार्रवाई &quot;%1&quot;; list, add या remove इस्तेमाल करें।

</translation>
    </message>
    <message>
        <source>Usage: soip format [--compact] FILE

Prints a SOIP message file (a draft or an API request body) as the canonical JSON the
API receives: exact field names and JSON types, empty optional fields left out.
FILE - reads standard input.

The message is printed even when it is not valid; its problems are then listed on
standard error (see soip validate).

Options:
  --compact  Print the JSON on one line.

Exit status:
  0  the message was printed
  2  the file cannot be read or is not a JSON object
  64 wrong arguments
</source>
        <translation>उपयोग: soip format [--compact] FILE

SOIP संदेश फ़ाइल (ड्राफ़्ट या API अनुरोध का मुख्य भाग) को उसी मानक JSON में दिखाता है जो
API को मिलता है: सटीक फ़ील्ड नाम और JSON प्रकार, ख़ाली वैकल्पिक फ़ील्ड छोड़ दिए जाते हैं।
FILE - स्टैंडर्ड इनपुट पढ़ता है।

संदेश मान्य न होने पर भी दिखाया जाता है; तब उसकी समस्याएँ स्टैंडर्ड एरर पर सूचीबद्ध होती हैं
(soip validate देखें)।

विकल्प:
  --compact  JSON को एक ही पंक्ति में दिखाएँ।

एग्ज़िट स्टेटस:
  0  संदेश दिखा दिया गया
  2  फ़ाइल पढ़ी नहीं जा सकती या JSON ऑब्जेक्ट नहीं है
  64 ग़लत आर्ग्युमेंट
</translation>
    </message>
    <message>
        <source>soip format: unknown option %1
</source>
        <translation>soip format: अज्ञात विकल्प %1
</translation>
    </message>
    <message>
        <source>soip format: name exactly one file.
</source>
        <translation>soip format: ठीक एक फ़ाइल का नाम दें।
</translation>
    </message>
    <message>
        <source>soip format: %1: %2
</source>
        <translation>soip format: %1: %2
</translation>
    </message>
    <message>
        <source>soip format: %1 is not a valid SOIP message:
</source>
        <translation>soip format: %1 मान्य SOIP संदेश नहीं है:
</translation>
    </message>
    <message>
        <source>soip format: %1 has warnings:
</source>
        <translation>soip format: %1 में चेतावनियाँ हैं:
</translation>
    </message>
    <message>
        <source>Use the saved account NAME.</source>
        <translation>सहेजा गया खाता NAME इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Send to URL instead of a saved account (default https://api.kaleyra.io).</source>
        <translation>सहेजे गए खाते के बजाय URL पर भेजें (डिफ़ॉल्ट https://api.kaleyra.io)।</translation>
    </message>
    <message>
        <source>The account SID, with --base-url.</source>
        <translation>खाते का SID, --base-url के साथ।</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 30).</source>
        <translation>SECONDS के बाद कोशिश छोड़ दें (डिफ़ॉल्ट 30)।</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>soip %1: the API key is never given on the command line (other users could see it). Store it with &apos;soip accounts add&apos;, or set the %2 environment variable.
</source>
        <translation>soip %1: API कुंजी कभी कमांड लाइन पर नहीं दी जाती (दूसरे उपयोगकर्ता उसे देख सकते हैं)। इसे &apos;soip accounts add&apos; से सहेजें, या %2 एनवायरनमेंट वेरिएबल सेट करें।
</translation>
    </message>
    <message>
        <source>soip %1: give either --account or --base-url/--sid, not both.
</source>
        <translation>soip %1: --account या --base-url/--sid में से कोई एक दें, दोनों नहीं।
</translation>
    </message>
    <message>
        <source>soip %1: --base-url needs --sid too.
</source>
        <translation>soip %1: --base-url के साथ --sid भी ज़रूरी है।
</translation>
    </message>
    <message>
        <source>soip %1: there is no account named &quot;%2&quot;. See &apos;soip accounts list&apos;.
</source>
        <translation>soip %1: &quot;%2&quot; नाम का कोई खाता नहीं है। &apos;soip accounts list&apos; देखें।
</translation>
    </message>
    <message>
        <source>soip %1: no account chosen. Use --account NAME, or --base-url URL --sid SID with the key in %2, or add one with &apos;soip accounts add&apos;.
</source>
        <translation>soip %1: कोई खाता नहीं चुना गया। --account NAME इस्तेमाल करें, या %2 में कुंजी के साथ --base-url URL --sid SID, या &apos;soip accounts add&apos; से एक खाता जोड़ें।
</translation>
    </message>
    <message>
        <source>soip %1: nothing was sent. %2
</source>
        <translation>soip %1: कुछ भी नहीं भेजा गया। %2
</translation>
    </message>
    <message>
        <source>Store the key with &apos;soip accounts add&apos;, or set the %1 environment variable.
</source>
        <translation>कुंजी &apos;soip accounts add&apos; से सहेजें, या %1 एनवायरनमेंट वेरिएबल सेट करें।
</translation>
    </message>
    <message>
        <source>soip %1: --timeout takes a number of seconds between 0 and 3600, not &quot;%2&quot;.
</source>
        <translation>soip %1: --timeout में 0 से 3600 के बीच सेकंड की संख्या दें, &quot;%2&quot; नहीं।
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>अज्ञात विकल्प %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 के लिए एक मान ज़रूरी है</translation>
    </message>
    <message>
        <source>--theme must be light or dark, not &apos;%1&apos;</source>
        <translation>--theme light या dark होना चाहिए, &apos;%1&apos; नहीं</translation>
    </message>
    <message>
        <source>--width must be a whole number of dp from %1 to %2, not &apos;%3&apos;</source>
        <translation>--width %1 से %2 तक dp की पूर्ण संख्या होनी चाहिए, &apos;%3&apos; नहीं</translation>
    </message>
    <message>
        <source>--scale must be a number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--scale %1 से %2 तक की संख्या होनी चाहिए, &apos;%3&apos; नहीं</translation>
    </message>
    <message>
        <source>--image-timeout must be a whole number of seconds from 0 to %1, not &apos;%2&apos;</source>
        <translation>--image-timeout 0 से %1 तक सेकंड की पूर्ण संख्या होनी चाहिए, &apos;%2&apos; नहीं</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>%n सेकंड में कोई जवाब नहीं</numerusform>
            <numerusform>%n सेकंड में कोई जवाब नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>soip preview: %1.
</source>
        <translation>soip preview: %1।
</translation>
    </message>
    <message>
        <source>Run &apos;soip help preview&apos; for the options.
</source>
        <translation>विकल्पों के लिए &apos;soip help preview&apos; चलाएँ।
</translation>
    </message>
    <message>
        <source>soip preview: %1: %2
</source>
        <translation>soip preview: %1: %2
</translation>
    </message>
    <message>
        <source>soip preview: warning: the preview&apos;s fonts could not be loaded; the system&apos;s fonts are used.
</source>
        <translation>soip preview: चेतावनी: पूर्वावलोकन के फ़ॉन्ट लोड नहीं हो सके; सिस्टम के फ़ॉन्ट इस्तेमाल किए जा रहे हैं।
</translation>
    </message>
    <message>
        <source>soip preview: cannot write %1: %2
</source>
        <translation>soip preview: %1 नहीं लिखी जा सकी: %2
</translation>
    </message>
    <message>
        <source>Port to listen on.</source>
        <translation>सुनने के लिए पोर्ट।</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The sandbox&apos;s test key.</source>
        <translation>सैंडबॉक्स की टेस्ट कुंजी।</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Seconds between status changes.</source>
        <translation>स्थिति बदलने के बीच के सेकंड।</translation>
    </message>
    <message>
        <source>soip sandbox: unexpected argument &quot;%1&quot;.
</source>
        <translation>soip sandbox: अनपेक्षित आर्ग्युमेंट &quot;%1&quot;।
</translation>
    </message>
    <message>
        <source>soip sandbox: --port takes a number from 1 to 65535.
</source>
        <translation>soip sandbox: --port में 1 से 65535 तक की संख्या दें।
</translation>
    </message>
    <message>
        <source>soip sandbox: --api-key cannot be empty.
</source>
        <translation>soip sandbox: --api-key ख़ाली नहीं हो सकती।
</translation>
    </message>
    <message>
        <source>soip sandbox: --status-step takes a number of seconds.
</source>
        <translation>soip sandbox: --status-step में सेकंड की संख्या दें।
</translation>
    </message>
    <message>
        <source>SOIP sandbox listening on %1
</source>
        <translation>SOIP सैंडबॉक्स %1 पर सुन रहा है
</translation>
    </message>
    <message>
        <source>  SID:      any, e.g. %1
</source>
        <translation>  SID:      कोई भी, जैसे %1
</translation>
    </message>
    <message>
        <source>  API key:  %1   (the sandbox&apos;s test key, send it in the api-key header)
</source>
        <translation>  API कुंजी:  %1   (सैंडबॉक्स की टेस्ट कुंजी, इसे api-key हेडर में भेजें)
</translation>
    </message>
    <message>
        <source>Try:
  KALEYRA_API_KEY=%1 soip send --base-url %2 --sid %3 message.json
</source>
        <translation>आज़माएँ:
  KALEYRA_API_KEY=%1 soip send --base-url %2 --sid %3 message.json
</translation>
    </message>
    <message>
        <source>Run &apos;soip help sandbox&apos; for the test numbers. Press Ctrl+C to stop.
</source>
        <translation>टेस्ट नंबरों के लिए &apos;soip help sandbox&apos; चलाएँ। बंद करने के लिए Ctrl+C दबाएँ।
</translation>
    </message>
    <message>
        <source>soip sandbox: could not set up Ctrl+C handling.
</source>
        <translation>soip sandbox: Ctrl+C को संभालने की व्यवस्था नहीं हो सकी।
</translation>
    </message>
    <message>
        <source>Sandbox stopped.
</source>
        <translation>सैंडबॉक्स बंद हो गया।
</translation>
    </message>
    <message>
        <source>Accepted. Request id (kid): %1
</source>
        <translation>स्वीकार किया गया। अनुरोध ID (kid): %1
</translation>
    </message>
    <message>
        <source>  %1  message id %2
</source>
        <translation>  %1  संदेश ID %2
</translation>
    </message>
    <message>
        <source>Delivery status: soip status %1 %2
</source>
        <translation>डिलीवरी स्थिति: soip status %1 %2
</translation>
    </message>
    <message>
        <source>soip send: %1. %2
</source>
        <translation>soip send: %1। %2
</translation>
    </message>
    <message>
        <source>  Kaleyra error: %1 %2</source>
        <translation>  Kaleyra त्रुटि: %1 %2</translation>
    </message>
    <message>
        <source> (parameter %1)</source>
        <translation> (पैरामीटर %1)</translation>
    </message>
    <message>
        <source>  Field to fix: %1
</source>
        <translation>  ठीक करने के लिए फ़ील्ड: %1
</translation>
    </message>
    <message>
        <source>Print the request and send nothing.</source>
        <translation>अनुरोध दिखाएँ और कुछ न भेजें।</translation>
    </message>
    <message>
        <source>The message file.</source>
        <translation>संदेश फ़ाइल।</translation>
    </message>
    <message>
        <source>soip send: give exactly one message file.

</source>
        <translation>soip send: ठीक एक संदेश फ़ाइल दें।

</translation>
    </message>
    <message>
        <source>soip send: %1: %2 Nothing was sent.
</source>
        <translation>soip send: %1: %2 कुछ भी नहीं भेजा गया।
</translation>
    </message>
    <message>
        <source># Dry run: nothing was sent. The request, with the key as $KALEYRA_API_KEY:
</source>
        <translation># ड्राई रन: कुछ भी नहीं भेजा गया। अनुरोध, कुंजी $KALEYRA_API_KEY के रूप में:
</translation>
    </message>
    <message>
        <source>
# The same request as a cURL command:
</source>
        <translation>
# यही अनुरोध cURL कमांड के रूप में:
</translation>
    </message>
    <message>
        <source>Usage: soip status [--account NAME | --base-url URL --sid SID] [--timeout SECONDS] MESSAGE_ID...

Asks for the delivery status of sent messages (the message ids &apos;soip send&apos; printed):
GET {base}/v1/{SID}/messages/status?message_ids=ID,ID. The key comes from the account&apos;s
keychain entry or KALEYRA_API_KEY, as for &apos;soip send&apos;.

Each line: message id, recipient, status (the reference&apos;s callback status code) and what it
means. PENDING means the phone has not reported back yet.

Exit status: 0 answered; 1 not configured; 2 refused by the API; 3 network or server
failure; 64 wrong arguments.
</source>
        <translation>उपयोग: soip status [--account NAME | --base-url URL --sid SID] [--timeout SECONDS] MESSAGE_ID...

भेजे गए संदेशों की डिलीवरी स्थिति पूछता है (&apos;soip send&apos; के दिखाए संदेश ID):
GET {base}/v1/{SID}/messages/status?message_ids=ID,ID। कुंजी &apos;soip send&apos; की तरह खाते की
कीचेन प्रविष्टि या KALEYRA_API_KEY से आती है।

हर पंक्ति में: संदेश ID, प्राप्तकर्ता, स्थिति (संदर्भ का कॉलबैक स्थिति कोड) और उसका
मतलब। PENDING का मतलब है कि फ़ोन से अभी जवाब नहीं आया है।

एग्ज़िट स्टेटस: 0 जवाब मिला; 1 सेटअप नहीं; 2 API ने मना किया; 3 नेटवर्क या सर्वर
विफलता; 64 ग़लत आर्ग्युमेंट।
</translation>
    </message>
    <message>
        <source>Message ids, as &apos;soip send&apos; printed them.</source>
        <translation>संदेश ID, जैसे &apos;soip send&apos; ने दिखाए थे।</translation>
    </message>
    <message>
        <source>soip status: give at least one message id.

</source>
        <translation>soip status: कम से कम एक संदेश ID दें।

</translation>
    </message>
    <message>
        <source>soip status: %1. %2
</source>
        <translation>soip status: %1। %2
</translation>
    </message>
    <message>
        <source>soip status: %1
</source>
        <translation>soip status: %1
</translation>
    </message>
    <message>
        <source>The message is valid.</source>
        <translation>संदेश मान्य है।</translation>
    </message>
    <message>
        <source>soip validate: unknown option %1
</source>
        <translation>soip validate: अज्ञात विकल्प %1
</translation>
    </message>
    <message>
        <source>soip validate: name at least one file.
</source>
        <translation>soip validate: कम से कम एक फ़ाइल का नाम दें।
</translation>
    </message>
    <message>
        <source>Usage: soip send FILE [--account NAME | --base-url URL --sid SID] [--timeout SECONDS] [--dry-run]

Validates the message in FILE (- for standard input) and sends it: POST {base}/v1/{SID}/messages/soip.

The API key comes from the account&apos;s entry in the system keychain (see &apos;soip accounts add&apos;),
or from the KALEYRA_API_KEY environment variable. It is never an argument and never printed.
Without --account or --base-url, the default account is used.

Options:
  --account NAME     a saved account
  --base-url URL     where to send (https://api.kaleyra.io when only --sid is given); plain
                     http is refused except for this computer (e.g. the sandbox)
  --sid SID          the account SID, with --base-url
  --timeout SECONDS  give up after this long (default 30)
  --dry-run          print the exact request (key shown as $KALEYRA_API_KEY) and a cURL
                     command, and send nothing

Every send is kept in the send history (history.sqlite in the application&apos;s data folder).
A request is never sent twice: when the answer is lost after the request went out, the
outcome is unknown; check &apos;soip status&apos; before sending again.

Exit status: 0 accepted; 1 invalid message or not configured (nothing sent); 2 rejected by
the API (including key refused and rate limit); 3 network failure, server fault or unknown
outcome; 64 wrong arguments.
</source>
        <translation>उपयोग: soip send FILE [--account NAME | --base-url URL --sid SID] [--timeout SECONDS] [--dry-run]

FILE (स्टैंडर्ड इनपुट के लिए -) के संदेश की जाँच करता है और उसे भेजता है: POST {base}/v1/{SID}/messages/soip।

API कुंजी खाते की सिस्टम कीचेन प्रविष्टि से (&apos;soip accounts add&apos; देखें), या KALEYRA_API_KEY
एनवायरनमेंट वेरिएबल से आती है। यह कभी आर्ग्युमेंट नहीं होती और कभी दिखाई नहीं जाती।
--account या --base-url न देने पर डिफ़ॉल्ट खाता इस्तेमाल होता है।

विकल्प:
  --account NAME     सहेजा गया खाता
  --base-url URL     कहाँ भेजना है (केवल --sid देने पर https://api.kaleyra.io); सादा
                     http इस कंप्यूटर (जैसे सैंडबॉक्स) के अलावा स्वीकार नहीं
  --sid SID          खाते का SID, --base-url के साथ
  --timeout SECONDS  इतने समय बाद कोशिश छोड़ दें (डिफ़ॉल्ट 30)
  --dry-run          सटीक अनुरोध (कुंजी $KALEYRA_API_KEY के रूप में) और एक cURL
                     कमांड दिखाएँ, और कुछ न भेजें

हर भेजना भेजने के इतिहास में रखा जाता है (ऐप्लिकेशन के डेटा फ़ोल्डर में history.sqlite)।
कोई अनुरोध कभी दो बार नहीं भेजा जाता: अगर अनुरोध जाने के बाद जवाब खो जाए, तो परिणाम
अज्ञात रहता है; दोबारा भेजने से पहले &apos;soip status&apos; देखें।

एग्ज़िट स्टेटस: 0 स्वीकार; 1 अमान्य संदेश या सेटअप नहीं (कुछ नहीं भेजा); 2 API ने अस्वीकार किया
(कुंजी अस्वीकार और रेट लिमिट सहित); 3 नेटवर्क विफलता, सर्वर की गड़बड़ी या अज्ञात
परिणाम; 64 ग़लत आर्ग्युमेंट।
</translation>
    </message>
    <message>
        <source>soip send: warning: %1
</source>
        <translation>soip send: चेतावनी: %1
</translation>
    </message>
    <message numerus="yes">
        <source>The message is valid, with %n warning(s).</source>
        <translation>
            <numerusform>संदेश मान्य है, %n चेतावनी के साथ।</numerusform>
            <numerusform>संदेश मान्य है, %n चेतावनियों के साथ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is not valid: %n error(s).</source>
        <translation>
            <numerusform>संदेश मान्य नहीं है: %n त्रुटि।</numerusform>
            <numerusform>संदेश मान्य नहीं है: %n त्रुटियाँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>--phones takes phone names (%1) or widths in dp from %2 to %3, not &apos;%4&apos;</source>
        <translation>--phones में फ़ोन के नाम (%1) या %2 से %3 तक dp में चौड़ाई दें, &apos;%4&apos; नहीं</translation>
    </message>
    <message>
        <source>--font-scales takes numbers from %1 to %2 (Android&apos;s sizes are 0.85, 1, 1.15 and 1.3), not &apos;%3&apos;</source>
        <translation>--font-scales में %1 से %2 तक की संख्याएँ दें (Android के साइज़ 0.85, 1, 1.15 और 1.3 हैं), &apos;%3&apos; नहीं</translation>
    </message>
    <message>
        <source>%1: the image %2 could not be loaded (%3); the preview shows it as broken.
</source>
        <translation>%1: इमेज %2 लोड नहीं हो सकी (%3); पूर्वावलोकन उसे टूटी हुई दिखाता है।
</translation>
    </message>
    <message>
        <source>use only one of --png, --out-dir, --sheet and --compare</source>
        <translation>--png, --out-dir, --sheet और --compare में से सिर्फ़ एक दें</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 के साथ फ़ाइल का नाम चाहिए</translation>
    </message>
    <message>
        <source>--themes takes light, dark or both, not &apos;%1&apos;</source>
        <translation>--themes में light, dark या दोनों दें, &apos;%1&apos; नहीं</translation>
    </message>
    <message>
        <source>--diff needs a file name</source>
        <translation>--diff के साथ फ़ाइल का नाम चाहिए</translation>
    </message>
    <message>
        <source>--phone takes one of %1, not &apos;%2&apos;</source>
        <translation>--phone में इनमें से एक दें: %1, &apos;%2&apos; नहीं</translation>
    </message>
    <message>
        <source>--font-scale must be a number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--font-scale %1 से %2 तक की संख्या होनी चाहिए, &apos;%3&apos; नहीं</translation>
    </message>
    <message>
        <source>name at least one message file</source>
        <translation>कम से कम एक संदेश फ़ाइल का नाम दें</translation>
    </message>
    <message>
        <source>say what to write: --png OUT.png, --out-dir DIR, --sheet OUT.png or --compare REF.png</source>
        <translation>बताएँ कि क्या लिखना है: --png OUT.png, --out-dir DIR, --sheet OUT.png या --compare REF.png</translation>
    </message>
    <message>
        <source>--png, --sheet and --compare take exactly one message file; --out-dir takes several</source>
        <translation>--png, --sheet और --compare ठीक एक संदेश फ़ाइल लेते हैं; --out-dir कई ले सकता है</translation>
    </message>
    <message>
        <source>--diff goes with --compare</source>
        <translation>--diff सिर्फ़ --compare के साथ दिया जाता है</translation>
    </message>
    <message>
        <source>soip preview: %1 cannot be read as an image.
</source>
        <translation>soip preview: %1 को इमेज के रूप में पढ़ा नहीं जा सकता।
</translation>
    </message>
    <message>
        <source>Difference: %1% of the pixels (%2); the most changed area of 16 × 16 pixels has %3 of 256.
</source>
        <translation>अंतर: %1% पिक्सेल (%2); 16 × 16 पिक्सेल के सबसे ज़्यादा बदले हिस्से में 256 में से %3 बदले हैं।
</translation>
    </message>
    <message>
        <source>The size changed: %1×%2 pixels, the reference has %3×%4.
</source>
        <translation>आकार बदल गया: %1×%2 पिक्सेल, तुलना वाली इमेज %3×%4 की है।
</translation>
    </message>
    <message>
        <source>Changed: x %1, y %2, %3×%4 pixels
</source>
        <translation>बदला: x %1, y %2, %3×%4 पिक्सेल
</translation>
    </message>
    <message>
        <source>The drawings match (differences within anti-aliasing noise).
</source>
        <translation>दोनों चित्र मेल खाते हैं (अंतर सिर्फ़ एंटी-एलियासिंग की हल्की गड़बड़ी जितना है)।
</translation>
    </message>
    <message>
        <source>The drawings differ.
</source>
        <translation>दोनों चित्र अलग हैं।
</translation>
    </message>
    <message>
        <source>%1 and %2 would both be written as %3</source>
        <translation>%1 और %2 दोनों %3 के रूप में लिखे जाते</translation>
    </message>
    <message>
        <source>Usage: soip preview FILE --png OUT.png [options]
       soip preview FILE... --out-dir DIR [options]
       soip preview FILE --sheet OUT.png [--phones LIST] [--themes light,dark] [--font-scales LIST]
       soip preview FILE --compare REFERENCE.png [--diff OUT.png] [options]

Draws a SOIP message file as MI message shows it on a Xiaomi phone: the same drawing as the
app&apos;s preview. FILE - reads standard input. Works with no display. The message is drawn as
it will be sent (fields its type does not use are left out); an invalid or incomplete
message is still drawn, with grey placeholders for empty fields. See docs/preview.md.

What to write (one of):
  --png OUT.png        The picture of one message (written atomically).
  --out-dir DIR        One picture per message file, DIR/NAME.png.
  --sheet OUT.png      A contact sheet: the message on several phones, themes and font
                       sizes in one labelled grid (a column per phone).
  --compare REF.png    Compares the drawing with an earlier one: prints a difference score
                       and the changed regions, ignoring anti-aliasing noise. Exit status
                       0 when they match, 1 when they differ.
  --diff OUT.png       With --compare: the drawing with the changes outlined in red.

Options:
  --theme light|dark   The phone&apos;s theme (default light).
  --phone NAME         A phone: %6.
  --width DP           Screen width in dp, %1 to %2 (default 393).
  --font-scale N       The phone&apos;s font size setting (Android: 0.85, 1, 1.15, 1.3; default 1).
  --scale N            Device pixels per dp, %3 to %4 (default 1; a 1080-pixel-wide
                       phone is 2.75).
  --phones LIST        For --sheet: phone names or widths in dp (default: every phone).
  --themes LIST        For --sheet: light, dark or light,dark (default light).
  --font-scales LIST   For --sheet: font sizes (default 1,1.3).
  --image-timeout S    Seconds to wait for the image before drawing it as broken
                       (default %5).

An image that cannot be loaded is drawn in its broken state and reported on standard
error; the PNG is still written.

Exit status:
  0  the PNG was written (with --compare: the drawings match)
  1  a PNG could not be written (with --compare: the drawings differ)
  2  a file cannot be read or is not a JSON object, or the reference is not an image
  64 wrong arguments
</source>
        <translation>उपयोग: soip preview FILE --png OUT.png [options]
       soip preview FILE... --out-dir DIR [options]
       soip preview FILE --sheet OUT.png [--phones LIST] [--themes light,dark] [--font-scales LIST]
       soip preview FILE --compare REFERENCE.png [--diff OUT.png] [options]

SOIP संदेश फ़ाइल को वैसा ही बनाता है जैसा Xiaomi फ़ोन पर MI मैसेज उसे दिखाता है: ऐप के
पूर्वावलोकन जैसा ही चित्र। FILE - स्टैंडर्ड इनपुट पढ़ता है। बिना डिस्प्ले के भी काम करता है। संदेश
वैसा ही बनाया जाता है जैसा वह भेजा जाएगा (जो फ़ील्ड उसके प्रकार में इस्तेमाल नहीं होते, वे छोड़ दिए
जाते हैं); अमान्य या अधूरा संदेश भी बनाया जाता है, ख़ाली फ़ील्ड की जगह धूसर प्लेसहोल्डर के साथ।
docs/preview.md देखें।

क्या लिखना है (इनमें से एक):
  --png OUT.png        एक संदेश की तस्वीर (एक साथ पूरी लिखी जाती है)।
  --out-dir DIR        हर संदेश फ़ाइल की एक तस्वीर, DIR/NAME.png।
  --sheet OUT.png      कॉन्टैक्ट शीट: संदेश कई फ़ोन, थीम और फ़ॉन्ट साइज़ पर, लेबल वाली एक
                       ग्रिड में (हर फ़ोन का एक कॉलम)।
  --compare REF.png    चित्र की तुलना पहले वाले चित्र से करता है: अंतर का स्कोर और बदले हुए हिस्से
                       बताता है, एंटी-एलियासिंग की हल्की गड़बड़ी को छोड़कर। एग्ज़िट स्टेटस
                       0 जब दोनों मेल खाते हैं, 1 जब अलग हैं।
  --diff OUT.png       --compare के साथ: चित्र, जिसमें बदलाव लाल रेखा से घिरे हों।

विकल्प:
  --theme light|dark   फ़ोन की थीम (डिफ़ॉल्ट light)।
  --phone NAME         एक फ़ोन: %6।
  --width DP           स्क्रीन की चौड़ाई dp में, %1 से %2 (डिफ़ॉल्ट 393)।
  --font-scale N       फ़ोन की फ़ॉन्ट साइज़ सेटिंग (Android: 0.85, 1, 1.15, 1.3; डिफ़ॉल्ट 1)।
  --scale N            प्रति dp डिवाइस पिक्सेल, %3 से %4 (डिफ़ॉल्ट 1; 1080 पिक्सेल चौड़े
                       फ़ोन के लिए 2.75)।
  --phones LIST        --sheet के लिए: फ़ोन के नाम या dp में चौड़ाई (डिफ़ॉल्ट: हर फ़ोन)।
  --themes LIST        --sheet के लिए: light, dark या light,dark (डिफ़ॉल्ट light)।
  --font-scales LIST   --sheet के लिए: फ़ॉन्ट साइज़ (डिफ़ॉल्ट 1,1.3)।
  --image-timeout S    इमेज को टूटी हुई दिखाने से पहले कितने सेकंड इंतज़ार करना है
                       (डिफ़ॉल्ट %5)।

जो इमेज लोड नहीं हो सकती, उसे टूटी हुई स्थिति में बनाया जाता है और स्टैंडर्ड एरर पर बताया जाता है;
PNG फिर भी लिखी जाती है।

एग्ज़िट स्टेटस:
  0  PNG लिख दी गई (--compare के साथ: चित्र मेल खाते हैं)
  1  कोई PNG लिखी नहीं जा सकी (--compare के साथ: चित्र अलग हैं)
  2  कोई फ़ाइल पढ़ी नहीं जा सकती या JSON ऑब्जेक्ट नहीं है, या तुलना वाली फ़ाइल इमेज नहीं है
  64 ग़लत आर्ग्युमेंट
</translation>
    </message>
    <message>
        <source>soip preview: cannot create the folder %1.
</source>
        <translation>soip preview: फ़ोल्डर %1 बनाया नहीं जा सकता।
</translation>
    </message>
    <message>
        <source>soip validate: %1.
</source>
        <translation>soip validate: %1।
</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n पंक्ति: </numerusform>
            <numerusform>%n पंक्तियाँ: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 unknown, %4 not sent, %5 pending.
</source>
        <translation>%1 स्वीकार, %2 अस्वीकार, %3 अज्ञात, %4 नहीं भेजी गईं, %5 बाकी।
</translation>
    </message>
    <message>
        <source>Usage: soip campaign check TEMPLATE.json RECIPIENTS [--phone-column NAME] [--json]
       soip campaign send TEMPLATE.json RECIPIENTS [--name NAME] [--account NAME | --base-url URL
                     --sid SID] [--phone-column NAME] [--concurrency N] [--rate R] [--batch N]
                     [--timeout S] [--dry-run]
       soip campaign resume [ID] [--resend-unknown]
       soip campaign list [--json]
       soip campaign report ID [--json | --csv FILE] [--refresh-status]

Sends the message in TEMPLATE.json to every row of RECIPIENTS, a CSV file whose first row names
the columns (UTF-8 or UTF-16; the delimiter , ; or tab is found by itself). The phone column is
found by its name (phone, mobile, number, msisdn, ...) or given with --phone-column. Any string
of the template may hold {{column name}}, replaced by that row&apos;s value. Rows whose message is
the same are sent together, up to --batch numbers (default 100) in one request.

Every campaign is kept in the history store with one state per row: pending, in_flight,
accepted, rejected, not_sent or unknown. A row is marked in flight before its request goes
out; after a crash such rows are unknown and are sent again only with --resend-unknown, once
you have checked their delivery (&apos;soip campaign report ID --refresh-status&apos;).

Options:
  --concurrency N   requests at once (default 6, at most 32)
  --rate R          requests per second (default 150; 0 for no limit)
  --batch N         numbers per request (default 100)
  --dry-run         render and check every row, print the first requests, send nothing

The key comes from the account&apos;s keychain entry or KALEYRA_API_KEY and is never stored.
Exit status: 0 every row accepted; 1 nothing sent because of the input, the template or the
account; 2 some rows rejected; 3 interrupted, or rows unknown or not sent (resumable);
64 wrong arguments.
</source>
        <translation>उपयोग: soip campaign check TEMPLATE.json RECIPIENTS [--phone-column NAME] [--json]
       soip campaign send TEMPLATE.json RECIPIENTS [--name NAME] [--account NAME | --base-url URL
                     --sid SID] [--phone-column NAME] [--concurrency N] [--rate R] [--batch N]
                     [--timeout S] [--dry-run]
       soip campaign resume [ID] [--resend-unknown]
       soip campaign list [--json]
       soip campaign report ID [--json | --csv FILE] [--refresh-status]

TEMPLATE.json का संदेश RECIPIENTS की हर पंक्ति को भेजता है। RECIPIENTS एक CSV फ़ाइल है जिसकी पहली पंक्ति में
कॉलम के नाम हों (UTF-8 या UTF-16; विभाजक , ; या टैब अपने-आप पहचाना जाता है)। फ़ोन वाला कॉलम उसके नाम
(phone, mobile, number, msisdn, ...) से पहचाना जाता है या --phone-column से बताया जाता है। टेम्पलेट की
किसी भी स्ट्रिंग में {{column name}} हो सकता है, जिसकी जगह उस पंक्ति का मान आता है। जिन पंक्तियों का
संदेश एक जैसा है, वे एक साथ भेजी जाती हैं, एक अनुरोध में --batch नंबर तक (डिफ़ॉल्ट 100)।

हर अभियान इतिहास में रखा जाता है, हर पंक्ति की एक स्थिति के साथ: pending, in_flight, accepted, rejected,
not_sent या unknown। अनुरोध जाने से पहले पंक्ति को in flight लिखा जाता है; क्रैश के बाद ऐसी पंक्तियाँ
unknown होती हैं और सिर्फ़ --resend-unknown से दोबारा भेजी जाती हैं, जब आप उनकी डिलीवरी जाँच लें
(&apos;soip campaign report ID --refresh-status&apos;)।

विकल्प:
  --concurrency N   एक साथ कितने अनुरोध (डिफ़ॉल्ट 6, ज़्यादा से ज़्यादा 32)
  --rate R          प्रति सेकंड अनुरोध (डिफ़ॉल्ट 150; 0 यानी कोई सीमा नहीं)
  --batch N         हर अनुरोध में नंबर (डिफ़ॉल्ट 100)
  --dry-run         हर पंक्ति तैयार करके जाँचें, पहले अनुरोध दिखाएँ, कुछ न भेजें

कुंजी खाते की कीचेन प्रविष्टि या KALEYRA_API_KEY से आती है और कभी सहेजी नहीं जाती।
निकास स्थिति: 0 हर पंक्ति स्वीकार; 1 इनपुट, टेम्पलेट या खाते की वजह से कुछ नहीं भेजा गया;
2 कुछ पंक्तियाँ अस्वीकार; 3 बीच में रुका, या पंक्तियाँ अज्ञात या नहीं भेजी गईं (फिर से शुरू किया जा सकता है);
64 ग़लत आर्गुमेंट।
</translation>
    </message>
    <message>
        <source>soip campaign %1: %2: %3
</source>
        <translation>soip campaign %1: %2: %3
</translation>
    </message>
    <message>
        <source>soip campaign %1: %2
</source>
        <translation>soip campaign %1: %2
</translation>
    </message>
    <message>
        <source>  row %1</source>
        <translation>  पंक्ति %1</translation>
    </message>
    <message>
        <source>soip campaign: --%1 takes a whole number from %2 to %3.
</source>
        <translation>soip campaign: --%1 में %2 से %3 तक की पूर्ण संख्या दें।
</translation>
    </message>
    <message>
        <source>soip campaign: campaign %1 is being sent by another process; nothing was sent.
</source>
        <translation>soip campaign: अभियान %1 को कोई दूसरी प्रक्रिया भेज रही है; कुछ भी नहीं भेजा गया।
</translation>
    </message>
    <message numerus="yes">
        <source>soip campaign: %n row(s) were in flight when the last run stopped; they are unknown now and are not sent again.
</source>
        <translation>
            <numerusform>soip campaign: पिछली बार रुकते समय %n पंक्ति भेजी जा रही थी; अब उसका नतीजा अज्ञात है और उसे दोबारा नहीं भेजा जाता।
</numerusform>
            <numerusform>soip campaign: पिछली बार रुकते समय %n पंक्तियाँ भेजी जा रही थीं; अब उनका नतीजा अज्ञात है और उन्हें दोबारा नहीं भेजा जाता।
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 requests, %3/s, about %4 s left</source>
        <translation>%1 / %2 अनुरोध, %3/सेकंड, लगभग %4 सेकंड बाकी</translation>
    </message>
    <message>
        <source>
Stopping: no new requests; waiting for those in flight...
</source>
        <translation>
रोक रहे हैं: कोई नया अनुरोध नहीं; जो भेजे जा चुके हैं उनका इंतज़ार...
</translation>
    </message>
    <message>
        <source>Resume with: soip campaign resume %1
</source>
        <translation>फिर से शुरू करें: soip campaign resume %1
</translation>
    </message>
    <message>
        <source>Check the unknown rows with &apos;soip campaign report %1 --refresh-status&apos; before sending them again with --resend-unknown.
</source>
        <translation>अज्ञात पंक्तियों को --resend-unknown से दोबारा भेजने से पहले &apos;soip campaign report %1 --refresh-status&apos; से जाँचें।
</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), </source>
        <translation>
            <numerusform>%n पंक्ति, </numerusform>
            <numerusform>%n पंक्तियाँ, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid, </source>
        <translation>
            <numerusform>%n मान्य, </numerusform>
            <numerusform>%n मान्य, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to send.
</source>
        <translation>
            <numerusform>भेजने के लिए %n अनुरोध।
</numerusform>
            <numerusform>भेजने के लिए %n अनुरोध।
</numerusform>
        </translation>
    </message>
    <message>
        <source>soip campaign: --rate takes a number of requests per second (0: no limit).
</source>
        <translation>soip campaign: --rate में प्रति सेकंड अनुरोधों की संख्या दें (0: कोई सीमा नहीं)।
</translation>
    </message>
    <message>
        <source>soip campaign send: no row can be sent; nothing was sent.
</source>
        <translation>soip campaign send: कोई भी पंक्ति भेजी नहीं जा सकती; कुछ भी नहीं भेजा गया।
</translation>
    </message>
    <message numerus="yes">
        <source># Dry run: nothing was sent. %n request(s); the first ones:
</source>
        <translation>
            <numerusform># ड्राई रन: कुछ भी नहीं भेजा गया। %n अनुरोध; पहला:
</numerusform>
            <numerusform># ड्राई रन: कुछ भी नहीं भेजा गया। %n अनुरोध; पहले कुछ:
</numerusform>
        </translation>
    </message>
    <message>
        <source>soip campaign send: no API key, so nothing was sent.</source>
        <translation>soip campaign send: कोई API कुंजी नहीं है, इसलिए कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>soip campaign resume: there is no interrupted campaign.
</source>
        <translation>soip campaign resume: कोई अधूरा अभियान नहीं है।
</translation>
    </message>
    <message>
        <source>soip campaign resume: there is no campaign %1.
</source>
        <translation>soip campaign resume: अभियान %1 नहीं है।
</translation>
    </message>
    <message>
        <source>soip campaign resume: the account &quot;%1&quot; of this campaign no longer exists.
</source>
        <translation>soip campaign resume: इस अभियान का खाता &quot;%1&quot; अब मौजूद नहीं है।
</translation>
    </message>
    <message>
        <source>soip campaign resume: no API key, so nothing was sent.</source>
        <translation>soip campaign resume: कोई API कुंजी नहीं है, इसलिए कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message numerus="yes">
        <source>soip campaign resume: sending %n unknown row(s) again, as asked.
</source>
        <translation>
            <numerusform>soip campaign resume: आपके कहने पर %n अज्ञात पंक्ति दोबारा भेजी जा रही है।
</numerusform>
            <numerusform>soip campaign resume: आपके कहने पर %n अज्ञात पंक्तियाँ दोबारा भेजी जा रही हैं।
</numerusform>
        </translation>
    </message>
    <message>
        <source>The column with the phone numbers.</source>
        <translation>फ़ोन नंबरों वाला कॉलम।</translation>
    </message>
    <message>
        <source>The sheet of a workbook.</source>
        <translation>वर्कबुक की शीट।</translation>
    </message>
    <message>
        <source>One JSON object.</source>
        <translation>एक JSON ऑब्जेक्ट।</translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation>अभियान का नाम।</translation>
    </message>
    <message>
        <source>Requests at once.</source>
        <translation>एक साथ कितने अनुरोध।</translation>
    </message>
    <message>
        <source>Requests per second.</source>
        <translation>प्रति सेकंड अनुरोध।</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Numbers per request.</source>
        <translation>हर अनुरोध में नंबर।</translation>
    </message>
    <message>
        <source>Send nothing.</source>
        <translation>कुछ भी न भेजें।</translation>
    </message>
    <message>
        <source>Send the unknown rows again.</source>
        <translation>अज्ञात पंक्तियाँ दोबारा भेजें।</translation>
    </message>
    <message>
        <source>soip campaign: say check, send, resume, list or report, with its files.

</source>
        <translation>soip campaign: check, send, resume, list या report में से एक बताएँ, उसकी फ़ाइलों के साथ।

</translation>
    </message>
    <message>
        <source>soip campaign report: no API key, so the delivery status could not be asked. Give it as for the send (%1=... or the account&apos;s keychain entry).
</source>
        <translation>soip campaign report: कोई API कुंजी नहीं है, इसलिए डिलीवरी की स्थिति नहीं पूछी जा सकी। कुंजी वैसे ही दें जैसे भेजते समय दी थी (%1=... या खाते की कीचेन प्रविष्टि)।
</translation>
    </message>
    <message>
        <source>soip campaign list: the only option is --json.
</source>
        <translation>soip campaign list: इसका एक ही विकल्प है, --json।
</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) accepted</source>
        <translation>
            <numerusform>%n में से %1 पंक्ति स्वीकार</numerusform>
            <numerusform>%n में से %1 पंक्तियाँ स्वीकार</numerusform>
        </translation>
    </message>
    <message>
        <source>One JSON object per row.</source>
        <translation>हर पंक्ति के लिए एक JSON ऑब्जेक्ट।</translation>
    </message>
    <message>
        <source>Write the rows to FILE as CSV.</source>
        <translation>पंक्तियाँ FILE में CSV के रूप में लिखें।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Ask for the delivery status first.</source>
        <translation>पहले डिलीवरी की स्थिति पूछें।</translation>
    </message>
    <message>
        <source>soip campaign report: give one campaign id (see &apos;soip campaign list&apos;).
</source>
        <translation>soip campaign report: एक अभियान ID दें (&apos;soip campaign list&apos; देखें)।
</translation>
    </message>
    <message>
        <source>soip campaign report: there is no campaign %1.
</source>
        <translation>soip campaign report: अभियान %1 नहीं है।
</translation>
    </message>
    <message>
        <source>soip campaign report: cannot write %1: %2
</source>
        <translation>soip campaign report: %1 में लिखा नहीं जा सकता: %2
</translation>
    </message>
    <message>
        <source>Send one message to every row of a spreadsheet</source>
        <translation>स्प्रेडशीट की हर पंक्ति को एक संदेश भेजें</translation>
    </message>
    <message>
        <source>Usage: soip sandbox [--port N] [--api-key KEY] [--status-step SECONDS] [--latency-ms N]
                    [--rate-limit R] [--drop P] [--log FILE]

Runs the built-in SOIP simulator on 127.0.0.1 in the foreground, for QA and scripts; Ctrl+C
stops it. It speaks the vendor&apos;s API:
  POST /v1/{SID}/messages/soip       needs the api-key header; validates like the app and answers
                                     the vendor&apos;s error JSON, or a kid and one message id per number
  GET  /v1/{SID}/messages/status?message_ids=ID,ID
                                     statuses move from PENDING to their final callback status
Any SID works (e.g. SANDBOX). It prints the URL and the key to use.

Options:
  --port N               listen on port N (default: a free port)
  --api-key KEY          the key clients must send (default: a new random key). This is the
                         sandbox&apos;s own test key, never a real Kaleyra key.
  --status-step SECONDS  time between status changes (default 2)
  --latency-ms N         delay every answer by N milliseconds (many requests can wait at once)
  --rate-limit R         answer 429 with Retry-After to requests beyond R per second
  --drop P               for a fraction P (0 to 1) of accepted sends, close the connection
                         without an answer, so the client cannot tell (an unknown outcome)
  --log FILE             append one JSON line per accepted send: kid, recipients, message

Test numbers (any other valid number is accepted and ends DELIVRD):
</source>
        <translation>उपयोग: soip sandbox [--port N] [--api-key KEY] [--status-step SECONDS] [--latency-ms N]
                    [--rate-limit R] [--drop P] [--log FILE]

बिल्ट-इन SOIP सिम्युलेटर को 127.0.0.1 पर फ़ोरग्राउंड में चलाता है, QA और स्क्रिप्ट के लिए; Ctrl+C
से बंद होता है। यह वेंडर का API समझता है:
  POST /v1/{SID}/messages/soip       api-key हेडर ज़रूरी; ऐप की तरह जाँच करता है और वेंडर का
                                     त्रुटि JSON, या एक kid और हर नंबर के लिए एक संदेश ID लौटाता है
  GET  /v1/{SID}/messages/status?message_ids=ID,ID
                                     स्थितियाँ PENDING से अपनी अंतिम कॉलबैक स्थिति तक बदलती हैं
कोई भी SID चलता है (जैसे SANDBOX)। यह इस्तेमाल करने के लिए URL और कुंजी दिखाता है।

विकल्प:
  --port N               पोर्ट N पर सुनें (डिफ़ॉल्ट: कोई ख़ाली पोर्ट)
  --api-key KEY          वह कुंजी जो क्लाइंट को भेजनी होगी (डिफ़ॉल्ट: एक नई रैंडम कुंजी)। यह
                         सैंडबॉक्स की अपनी टेस्ट कुंजी है, असली Kaleyra कुंजी कभी नहीं।
  --status-step SECONDS  स्थिति बदलने के बीच का समय (डिफ़ॉल्ट 2)
  --latency-ms N         हर जवाब N मिलीसेकंड देर से दें (बहुत-से अनुरोध एक साथ इंतज़ार कर सकते हैं)
  --rate-limit R         प्रति सेकंड R से ज़्यादा अनुरोधों को Retry-After के साथ 429 जवाब दें
  --drop P               स्वीकार किए गए भेजे गए संदेशों के P हिस्से (0 से 1) का कनेक्शन बिना जवाब
                         बंद करें, ताकि क्लाइंट न जान सके (अज्ञात नतीजा)
  --log FILE             हर स्वीकार किए गए संदेश के लिए एक JSON पंक्ति जोड़ें: kid, प्राप्तकर्ता, संदेश

टेस्ट नंबर (कोई भी दूसरा मान्य नंबर स्वीकार होता है और DELIVRD पर ख़त्म होता है):
</translation>
    </message>
    <message>
        <source>Delay of every answer.</source>
        <translation>हर जवाब की देरी।</translation>
    </message>
    <message>
        <source>Requests per second before 429.</source>
        <translation>429 से पहले प्रति सेकंड अनुरोध।</translation>
    </message>
    <message>
        <source>Fraction of sends left unanswered.</source>
        <translation>बिना जवाब छोड़े जाने वाले संदेशों का हिस्सा।</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>File for one JSON line per accepted send.</source>
        <translation>हर स्वीकार किए गए संदेश की एक JSON पंक्ति के लिए फ़ाइल।</translation>
    </message>
    <message>
        <source>soip sandbox: --%1 takes a number from %2 to %3, not &quot;%4&quot;.
</source>
        <translation>soip sandbox: --%1 में %2 से %3 तक की संख्या दें, &quot;%4&quot; नहीं।
</translation>
    </message>
    <message>
        <source>soip sandbox: cannot write the log %1: %2
</source>
        <translation>soip sandbox: लॉग %1 में लिखा नहीं जा सकता: %2
</translation>
    </message>
    <message>
        <source>soip send: no API key, so nothing was sent.</source>
        <translation>soip send: कोई API कुंजी नहीं है, इसलिए कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Store the key with &apos;soip accounts add&apos;, or set the %1 environment variable.</source>
        <translation>कुंजी &apos;soip accounts add&apos; से सहेजें, या %1 एनवायरनमेंट वेरिएबल सेट करें।</translation>
    </message>
    <message>
        <source>(with %1 set, as for this send)
</source>
        <translation>(%1 सेट करके, जैसे इस बार भेजते समय)
</translation>
    </message>
    <message>
        <source>soip status: no API key, so the delivery status could not be asked.</source>
        <translation>soip status: कोई API कुंजी नहीं है, इसलिए डिलीवरी की स्थिति नहीं पूछी जा सकी।</translation>
    </message>
    <message>
        <source>The status query needs the same key as the send: if you gave it only on the send line, give it again here (%1=... soip status ...), or store it with &apos;soip accounts add&apos;.</source>
        <translation>स्थिति पूछने के लिए वही कुंजी चाहिए जिससे भेजा था: अगर आपने उसे सिर्फ़ भेजने वाली लाइन में दिया था, तो यहाँ फिर से दें (%1=... soip status ...), या उसे &apos;soip accounts add&apos; से सहेजें।</translation>
    </message>
    <message>
        <source>Usage: soip validate [--json] [--check-media] [--layout [--phones LIST] [--font-scales LIST]] FILE...

Checks SOIP message files (drafts or API request bodies) against every rule of the
SOIP API and reports all problems at once. FILE - reads standard input.

Each problem is one line: severity, code, the field&apos;s JSON path and what is wrong, e.g.
  error E750 to: The recipients field is empty: ...
With several files, each line starts with the file&apos;s name. Warnings do not make a
message invalid. The codes are listed in docs/validation-codes.md.

Options:
  --json   Print one JSON object per file, each on its own line:
           {&quot;file&quot;: ..., &quot;valid&quot;: true|false, &quot;issues&quot;: [{&quot;severity&quot;: ...,
           &quot;code&quot;: ..., &quot;parameter&quot;: ..., &quot;message&quot;: ...}]}
           A file that cannot be read has valid false and one issue with code
           SOIP-UNREADABLE, parameter &quot;&quot; and the reason.
  --check-media
           Also fetch a rich media card&apos;s image or video (and a video&apos;s cover)
           and warn when it cannot be loaded, is not an image or video, is over
           2 MB or uses http (codes SOIP-MEDIA-*), as the composer&apos;s Check does.
  --layout Also checks the layout on phones (SOIP-LAYOUT-* warnings): text cut or
           elided, buttons that look alike, blurred or heavily cropped pictures,
           characters the phone&apos;s fonts cannot draw. Loads the pictures (10 s at most).
  --phones LIST, --font-scales LIST
           Where --layout looks (default: every phone of &apos;soip help preview&apos; at font
           sizes 1 and 1.3).

Exit status:
  0  every message is valid (warnings allowed)
  1  at least one message is invalid
  2  at least one file cannot be read or is not a JSON object
  64 wrong arguments
</source>
        <translation>उपयोग: soip validate [--json] [--check-media] [--layout [--phones LIST] [--font-scales LIST]] FILE...

SOIP संदेश फ़ाइलों (ड्राफ़्ट या API अनुरोध के मुख्य भाग) को SOIP API के हर नियम से जाँचता है
और सभी समस्याएँ एक साथ बताता है। FILE - स्टैंडर्ड इनपुट पढ़ता है।

हर समस्या एक पंक्ति में: गंभीरता, कोड, फ़ील्ड का JSON पाथ और क्या ग़लत है, जैसे
  error E750 to: The recipients field is empty: ...
कई फ़ाइलें होने पर हर पंक्ति फ़ाइल के नाम से शुरू होती है। चेतावनियों से संदेश अमान्य नहीं
होता। कोड docs/validation-codes.md में दिए गए हैं।

विकल्प:
  --json   हर फ़ाइल के लिए एक JSON ऑब्जेक्ट, हर एक अपनी पंक्ति में:
           {&quot;file&quot;: ..., &quot;valid&quot;: true|false, &quot;issues&quot;: [{&quot;severity&quot;: ...,
           &quot;code&quot;: ..., &quot;parameter&quot;: ..., &quot;message&quot;: ...}]}
           जो फ़ाइल पढ़ी नहीं जा सकती, उसमें valid false होता है और एक issue, जिसका कोड
           SOIP-UNREADABLE, parameter &quot;&quot; और कारण होता है।
  --check-media
           रिच मीडिया कार्ड की तस्वीर या वीडियो (और वीडियो का कवर) भी खोलकर देखें, और
           चेतावनी दें जब वह लोड न हो, तस्वीर या वीडियो न हो, 2 MB से बड़ी हो या http
           इस्तेमाल करे (कोड SOIP-MEDIA-*), जैसा कंपोज़र का &apos;जाँचें&apos; करता है।
  --layout फ़ोन पर लेआउट भी जाँचता है (SOIP-LAYOUT-* चेतावनियाँ): कटा या अधूरा दिखता
           टेक्स्ट, एक जैसे दिखने वाले बटन, धुंधली या बहुत कटी तस्वीरें, ऐसे अक्षर जिन्हें
           फ़ोन के फ़ॉन्ट नहीं बना सकते। तस्वीरें लोड करता है (ज़्यादा से ज़्यादा 10 सेकंड)।
  --phones LIST, --font-scales LIST
           --layout कहाँ देखे (डिफ़ॉल्ट: &apos;soip help preview&apos; का हर फ़ोन, फ़ॉन्ट साइज़
           1 और 1.3 पर)।

एग्ज़िट स्टेटस:
  0  हर संदेश मान्य है (चेतावनियों के साथ भी)
  1  कम से कम एक संदेश अमान्य है
  2  कम से कम एक फ़ाइल पढ़ी नहीं जा सकती या JSON ऑब्जेक्ट नहीं है
  64 ग़लत आर्ग्युमेंट
</translation>
    </message>
    <message>
        <source>soip campaign report: %1
</source>
        <translation>soip campaign report: %1
</translation>
    </message>
    <message numerus="yes">
        <source>  warning, %n row(s)</source>
        <translation>
            <numerusform>  चेतावनी, %n पंक्ति</numerusform>
            <numerusform>  चेतावनी, %n पंक्तियाँ</numerusform>
        </translation>
    </message>
</context>
</TS>
