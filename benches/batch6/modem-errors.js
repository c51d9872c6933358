// Error reporting in the driver of a cellular IoT modem. The modem runs in
// numeric mode (AT+CMEE=1), so it reports "+CME ERROR: 14"; the firmware
// turns each code into its text for the event log, using one function with
// the whole table of the AT manual as a switch (389 distinct texts, the
// key being the error space << 11 | code, so 133 of the keys are above 8191).
// The gateway side of the same firmware receives verbose reports
// (AT+CMEE=2) and maps the text back to the code through an object keyed by
// text, built at load time. run() replays 120 error events drawn from the
// key table, checks the round trip, counts the texts in an object keyed by
// text, picks a retry policy by a switch on the text, and keeps the last
// lines of the log.
const SPACE = ['+CME ERROR: ', '+CMS ERROR: ', '+QFILE: ', '+QIURC: ', '+QHTTP: ', '+QFTP: ', 'HTTP/1.1 ', '+QMTSTAT: '];
const KEYS = [
  0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13,
  14, 15, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26,
  27, 30, 31, 32, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 100, 103, 106, 107, 108, 111, 112, 113,
  114, 115, 122, 125, 126, 127, 128, 129, 130, 131, 132, 133,
  134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145,
  148, 149, 150, 171, 172, 173, 174, 175, 176, 177, 178, 179,
  180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
  192, 193, 194, 195, 196, 197, 198, 199, 257, 258, 259, 260,
  261, 262, 263, 264, 273, 274, 275, 276, 277, 278, 279, 280,
  281, 2348, 2349, 2350, 2351, 2352, 2353, 2358, 2359, 2360, 2361, 2362,
  2363, 2364, 2365, 2366, 2368, 2369, 2370, 2378, 2379, 2380, 2388, 2548,
  2560, 2561, 2562, 2563, 2564, 2565, 2049, 2056, 2058, 2069, 2075, 2076,
  2077, 2078, 2086, 2089, 2090, 2095, 2098, 2117, 2129, 2143, 2144, 2145,
  2146, 2147, 2159, 2175, 2176, 2177, 2178, 2191, 2192, 2193, 2207, 2208,
  2209, 2223, 2224, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2256,
  2257, 2258, 2259, 2260, 2261, 2303, 4496, 4497, 4498, 4499, 4501, 4502,
  4503, 4505, 4506, 4507, 4509, 4510, 4512, 4513, 4514, 4515, 4516, 4517,
  4519, 4521, 4522, 6694, 6695, 6696, 6697, 6698, 6699, 6700, 6701, 6702,
  6703, 6704, 6705, 6706, 6707, 6708, 6709, 6710, 6711, 6712, 6713, 6714,
  6715, 6716, 6717, 6718, 8893, 8894, 8895, 8896, 8897, 8898, 8899, 8900,
  8901, 8902, 8903, 8904, 8905, 8906, 8907, 8908, 8909, 8910, 8911, 8912,
  8913, 8914, 8915, 8916, 8917, 8918, 8919, 8920, 8921, 8922, 10841, 10842,
  10843, 10844, 10845, 10846, 10847, 10848, 10849, 10850, 10851, 10852, 10853, 10854,
  10855, 10856, 10857, 10858, 10859, 10860, 10861, 10862, 10863, 10864, 10865, 10866,
  10867, 10868, 10869, 10870, 10871, 12388, 12389, 12488, 12489, 12490, 12491, 12492,
  12493, 12494, 12588, 12589, 12590, 12591, 12592, 12593, 12595, 12596, 12688, 12689,
  12690, 12691, 12692, 12693, 12694, 12695, 12696, 12697, 12698, 12699, 12700, 12701,
  12702, 12703, 12704, 12705, 12706, 12709, 12710, 12711, 12712, 12713, 12714, 12716,
  12717, 12719, 12739, 12788, 12789, 12790, 12791, 12792, 12793, 12794, 12795, 12796,
  12798, 12799, 14336, 14337, 14338, 14339, 14340, 14341, 14342, 14343, 14344, 14345,
  14346, 14347, 14348, 14349, 14350
];

function errorText(key) {
  switch (key) {
    case 0: return 'phone failure';
    case 1: return 'no connection to phone';
    case 2: return 'phone-adaptor link reserved';
    case 3: return 'operation not allowed';
    case 4: return 'operation not supported';
    case 5: return 'PH-SIM PIN required';
    case 6: return 'PH-FSIM PIN required';
    case 7: return 'PH-FSIM PUK required';
    case 10: return 'SIM not inserted';
    case 11: return 'SIM PIN required';
    case 12: return 'SIM PUK required';
    case 13: return 'SIM failure';
    case 14: return 'SIM busy';
    case 15: return 'SIM wrong';
    case 16: return 'incorrect password';
    case 17: return 'SIM PIN2 required';
    case 18: return 'SIM PUK2 required';
    case 20: return 'memory full';
    case 21: return 'invalid index';
    case 22: return 'not found';
    case 23: return 'memory failure';
    case 24: return 'text string too long';
    case 25: return 'invalid characters in text string';
    case 26: return 'dial string too long';
    case 27: return 'invalid characters in dial string';
    case 30: return 'no network service';
    case 31: return 'network timeout';
    case 32: return 'network not allowed - emergency calls only';
    case 40: return 'network personalization PIN required';
    case 41: return 'network personalization PUK required';
    case 42: return 'network subset personalization PIN required';
    case 43: return 'network subset personalization PUK required';
    case 44: return 'service provider personalization PIN required';
    case 45: return 'service provider personalization PUK required';
    case 46: return 'corporate personalization PIN required';
    case 47: return 'corporate personalization PUK required';
    case 48: return 'hidden key required';
    case 49: return 'EAP method not supported';
    case 50: return 'incorrect parameters';
    case 51: return 'command implemented but currently disabled';
    case 52: return 'command aborted by user';
    case 53: return 'not attached to network due to MT functionality restrictions';
    case 54: return 'modem not allowed - MT restricted to emergency calls only';
    case 55: return 'operation not allowed because of MT functionality restrictions';
    case 56: return 'fixed dial number only allowed';
    case 57: return 'temporarily out of service due to other MT usage';
    case 58: return 'language or alphabet not supported';
    case 59: return 'unexpected data value';
    case 60: return 'system failure';
    case 61: return 'data missing';
    case 62: return 'call barred';
    case 63: return 'message waiting indication subscription failure';
    case 100: return 'unknown';
    case 103: return 'illegal MS';
    case 106: return 'illegal ME';
    case 107: return 'GPRS services not allowed';
    case 108: return 'GPRS and non-GPRS services not allowed';
    case 111: return 'PLMN not allowed';
    case 112: return 'location area not allowed';
    case 113: return 'roaming not allowed in this location area';
    case 114: return 'GPRS services not allowed in this PLMN';
    case 115: return 'no suitable cells in location area';
    case 122: return 'congestion';
    case 125: return 'insufficient resources';
    case 126: return 'missing or unknown APN';
    case 127: return 'unknown PDP address or PDP type';
    case 128: return 'user authentication failed';
    case 129: return 'activation rejected by GGSN or gateway';
    case 130: return 'activation rejected, unspecified';
    case 131: return 'service option not supported';
    case 132: return 'requested service option not subscribed';
    case 133: return 'service option temporarily out of order';
    case 134: return 'NSAPI already used';
    case 135: return 'regular deactivation';
    case 136: return 'QoS not accepted';
    case 137: return 'network failure';
    case 138: return 'reactivation required';
    case 139: return 'feature not supported';
    case 140: return 'semantic error in the TFT operation';
    case 141: return 'syntactical error in the TFT operation';
    case 142: return 'unknown PDP context';
    case 143: return 'semantic errors in packet filter';
    case 144: return 'syntactical errors in packet filter';
    case 145: return 'PDP context without TFT already activated';
    case 148: return 'unspecified GPRS error';
    case 149: return 'PDP authentication failure';
    case 150: return 'invalid mobile class';
    case 171: return 'last PDN disconnection not allowed';
    case 172: return 'semantically incorrect message';
    case 173: return 'mandatory information element error';
    case 174: return 'information element non-existent or not implemented';
    case 175: return 'conditional information element error';
    case 176: return 'protocol error, unspecified';
    case 177: return 'operator determined barring';
    case 178: return 'maximum number of PDP contexts reached';
    case 179: return 'requested APN not supported in current RAT and PLMN';
    case 180: return 'request rejected, bearer control mode violation';
    case 181: return 'unsupported QCI value';
    case 182: return 'user data transmission via control plane is congested';
    case 183: return 'invalid PDP context identifier';
    case 184: return 'PDN type IPv4 only allowed';
    case 185: return 'PDN type IPv6 only allowed';
    case 186: return 'single address bearers only allowed';
    case 187: return 'message type non-existent or not implemented';
    case 188: return 'message type not compatible with protocol state';
    case 189: return 'maximum number of EPS bearers reached';
    case 190: return 'PTI already in use';
    case 191: return 'invalid PTI value';
    case 192: return 'ESM information not received';
    case 193: return 'PDN connection does not exist';
    case 194: return 'multiple PDN connections for a given APN not allowed';
    case 195: return 'collision with network initiated request';
    case 196: return 'unsupported QCI or 5QI value';
    case 197: return 'invalid transaction identifier value';
    case 198: return 'APN restriction value incompatible with active PDP context';
    case 199: return 'requested service option not authorized in this PLMN';
    case 257: return 'network rejected request';
    case 258: return 'retry operation';
    case 259: return 'invalid deflected to number';
    case 260: return 'deflected to own number';
    case 261: return 'unknown subscriber';
    case 262: return 'service not available';
    case 263: return 'unknown class specified';
    case 264: return 'unknown network message';
    case 273: return 'minimum TFTs per PDP address violated';
    case 274: return 'TFT precedence conflict';
    case 275: return 'TFT precedence not unique';
    case 276: return 'TFT semantic error';
    case 277: return 'TFT syntactical error';
    case 278: return 'TFT packet filter semantic error';
    case 279: return 'TFT packet filter syntactical error';
    case 280: return 'TFT invalid APN';
    case 281: return 'TFT operation not supported';
    case 2348: return 'ME failure';
    case 2349: return 'SMS service of ME reserved';
    case 2350: return 'operation not allowed (CMS)';
    case 2351: return 'operation not supported (CMS)';
    case 2352: return 'invalid PDU mode parameter';
    case 2353: return 'invalid text mode parameter';
    case 2358: return 'SIM not inserted (CMS)';
    case 2359: return 'SIM PIN required (CMS)';
    case 2360: return 'PH-SIM PIN required (CMS)';
    case 2361: return 'SIM failure (CMS)';
    case 2362: return 'SIM busy (CMS)';
    case 2363: return 'SIM wrong (CMS)';
    case 2364: return 'SIM PUK required (CMS)';
    case 2365: return 'SIM PIN2 required (CMS)';
    case 2366: return 'SIM PUK2 required (CMS)';
    case 2368: return 'memory failure (CMS)';
    case 2369: return 'invalid memory index';
    case 2370: return 'memory full (CMS)';
    case 2378: return 'SMSC address unknown';
    case 2379: return 'no network service (CMS)';
    case 2380: return 'network timeout (CMS)';
    case 2388: return 'no CNMA acknowledgement expected';
    case 2548: return 'unknown error';
    case 2560: return 'SMS transfer in progress';
    case 2561: return 'SMS store aborted';
    case 2562: return 'SMS send aborted by the network';
    case 2563: return 'please wait, init or command processing in progress';
    case 2564: return 'message length exceeds maximum length';
    case 2565: return 'SIM toolkit SMS busy';
    case 2049: return 'unassigned number';
    case 2056: return 'operator determined barring (CMS)';
    case 2058: return 'call barred (CMS)';
    case 2069: return 'short message transfer rejected';
    case 2075: return 'destination out of service';
    case 2076: return 'unidentified subscriber';
    case 2077: return 'facility rejected';
    case 2078: return 'unknown subscriber (CMS)';
    case 2086: return 'network out of order';
    case 2089: return 'temporary failure';
    case 2090: return 'congestion (CMS)';
    case 2095: return 'resources unavailable, unspecified';
    case 2098: return 'requested facility not subscribed';
    case 2117: return 'requested facility not implemented';
    case 2129: return 'invalid short message transfer reference value';
    case 2143: return 'invalid message, unspecified';
    case 2144: return 'invalid mandatory information';
    case 2145: return 'message type non-existent or not implemented (CMS)';
    case 2146: return 'message not compatible with short message protocol state';
    case 2147: return 'information element non-existent or not implemented (CMS)';
    case 2159: return 'protocol error, unspecified (CMS)';
    case 2175: return 'interworking, unspecified';
    case 2176: return 'telematic interworking not supported';
    case 2177: return 'short message type 0 not supported';
    case 2178: return 'cannot replace short message';
    case 2191: return 'unspecified TP-PID error';
    case 2192: return 'data coding scheme (alphabet) not supported';
    case 2193: return 'message class not supported';
    case 2207: return 'unspecified TP-DCS error';
    case 2208: return 'command cannot be actioned';
    case 2209: return 'command unsupported';
    case 2223: return 'unspecified TP-Command error';
    case 2224: return 'TPDU not supported';
    case 2240: return 'SC busy';
    case 2241: return 'no SC subscription';
    case 2242: return 'SC system failure';
    case 2243: return 'invalid SME address';
    case 2244: return 'destination SME barred';
    case 2245: return 'SM rejected - duplicate SM';
    case 2246: return 'TP-VPF not supported';
    case 2247: return 'TP-VP not supported';
    case 2256: return 'D0 SIM SMS storage full';
    case 2257: return 'no SMS storage capability in SIM';
    case 2258: return 'error in MS';
    case 2259: return 'memory capacity exceeded';
    case 2260: return 'SIM application toolkit busy';
    case 2261: return 'SIM data download error';
    case 2303: return 'unspecified error cause';
    case 4496: return 'invalid input value';
    case 4497: return 'larger than the size of the file';
    case 4498: return 'read zero byte';
    case 4499: return 'drive full';
    case 4501: return 'file not found';
    case 4502: return 'invalid file name';
    case 4503: return 'file already existed';
    case 4505: return 'fail to write the file';
    case 4506: return 'fail to open the file';
    case 4507: return 'fail to read the file';
    case 4509: return 'reach the max number of file allowed to be opened';
    case 4510: return 'the file is read-only';
    case 4512: return 'invalid file descriptor';
    case 4513: return 'fail to list the file';
    case 4514: return 'fail to delete the file';
    case 4515: return 'fail to get disk info';
    case 4516: return 'no space';
    case 4517: return 'file operation time out';
    case 4519: return 'file too large';
    case 4521: return 'invalid parameter';
    case 4522: return 'file already opened';
    case 6694: return 'unknown socket error';
    case 6695: return 'operation blocked';
    case 6696: return 'invalid socket parameters';
    case 6697: return 'memory not enough';
    case 6698: return 'create socket failed';
    case 6699: return 'socket operation not supported';
    case 6700: return 'socket bind failed';
    case 6701: return 'socket listen failed';
    case 6702: return 'socket write failed';
    case 6703: return 'socket read failed';
    case 6704: return 'socket accept failed';
    case 6705: return 'open PDP context failed';
    case 6706: return 'close PDP context failed';
    case 6707: return 'socket identity has been used';
    case 6708: return 'DNS busy';
    case 6709: return 'DNS parse failed';
    case 6710: return 'socket connect failed';
    case 6711: return 'socket has been closed';
    case 6712: return 'operation busy';
    case 6713: return 'operation timeout';
    case 6714: return 'PDP context broken down';
    case 6715: return 'cancel send';
    case 6716: return 'socket operation not allowed';
    case 6717: return 'APN not configured';
    case 6718: return 'port busy';
    case 8893: return 'HTTP(S) unknown error';
    case 8894: return 'HTTP(S) timeout';
    case 8895: return 'HTTP(S) busy';
    case 8896: return 'HTTP(S) UART busy';
    case 8897: return 'HTTP(S) no GET or POST request';
    case 8898: return 'HTTP(S) network busy';
    case 8899: return 'HTTP(S) network open failed';
    case 8900: return 'HTTP(S) network no config';
    case 8901: return 'HTTP(S) network deactivated';
    case 8902: return 'HTTP(S) network error';
    case 8903: return 'HTTP(S) URL error';
    case 8904: return 'HTTP(S) empty URL';
    case 8905: return 'HTTP(S) IP address error';
    case 8906: return 'HTTP(S) DNS error';
    case 8907: return 'HTTP(S) socket create error';
    case 8908: return 'HTTP(S) socket connect error';
    case 8909: return 'HTTP(S) socket read error';
    case 8910: return 'HTTP(S) socket write error';
    case 8911: return 'HTTP(S) socket closed';
    case 8912: return 'HTTP(S) data encode error';
    case 8913: return 'HTTP(S) data decode error';
    case 8914: return 'HTTP(S) read timeout';
    case 8915: return 'HTTP(S) response failed';
    case 8916: return 'incoming call busy';
    case 8917: return 'voice call busy';
    case 8918: return 'input timeout';
    case 8919: return 'wait data timeout';
    case 8920: return 'wait HTTP(S) response timeout';
    case 8921: return 'alloc memory fail';
    case 8922: return 'invalid parameter in HTTP(S) request';
    case 10841: return 'FTP unknown error';
    case 10842: return 'FTP server blocked';
    case 10843: return 'FTP server busy';
    case 10844: return 'FTP DNS parse failed';
    case 10845: return 'FTP network error';
    case 10846: return 'FTP control connection closed';
    case 10847: return 'FTP data connection closed';
    case 10848: return 'FTP socket closed by peer';
    case 10849: return 'FTP timeout';
    case 10850: return 'FTP invalid parameter';
    case 10851: return 'FTP failed to open file';
    case 10852: return 'FTP file position invalid';
    case 10853: return 'FTP file error';
    case 10854: return 'FTP service not available, closing control connection';
    case 10855: return 'FTP open data connection failed';
    case 10856: return 'FTP connection closed, transfer aborted';
    case 10857: return 'FTP requested file action not taken';
    case 10858: return 'FTP requested action aborted, local error in processing';
    case 10859: return 'FTP requested action not taken, insufficient system storage';
    case 10860: return 'FTP syntax error, command unrecognized';
    case 10861: return 'FTP syntax error in parameters or arguments';
    case 10862: return 'FTP command not implemented';
    case 10863: return 'FTP bad sequence of commands';
    case 10864: return 'FTP command parameter not implemented';
    case 10865: return 'FTP not logged in';
    case 10866: return 'FTP need account for storing files';
    case 10867: return 'FTP requested action not taken';
    case 10868: return 'FTP requested action aborted, page type unknown';
    case 10869: return 'FTP requested file action aborted';
    case 10870: return 'FTP requested file name invalid';
    case 10871: return 'FTP SSL authentication failed';
    case 12388: return 'Continue';
    case 12389: return 'Switching Protocols';
    case 12488: return 'OK';
    case 12489: return 'Created';
    case 12490: return 'Accepted';
    case 12491: return 'Non-Authoritative Information';
    case 12492: return 'No Content';
    case 12493: return 'Reset Content';
    case 12494: return 'Partial Content';
    case 12588: return 'Multiple Choices';
    case 12589: return 'Moved Permanently';
    case 12590: return 'Found';
    case 12591: return 'See Other';
    case 12592: return 'Not Modified';
    case 12593: return 'Use Proxy';
    case 12595: return 'Temporary Redirect';
    case 12596: return 'Permanent Redirect';
    case 12688: return 'Bad Request';
    case 12689: return 'Unauthorized';
    case 12690: return 'Payment Required';
    case 12691: return 'Forbidden';
    case 12692: return 'Not Found';
    case 12693: return 'Method Not Allowed';
    case 12694: return 'Not Acceptable';
    case 12695: return 'Proxy Authentication Required';
    case 12696: return 'Request Timeout';
    case 12697: return 'Conflict';
    case 12698: return 'Gone';
    case 12699: return 'Length Required';
    case 12700: return 'Precondition Failed';
    case 12701: return 'Payload Too Large';
    case 12702: return 'URI Too Long';
    case 12703: return 'Unsupported Media Type';
    case 12704: return 'Range Not Satisfiable';
    case 12705: return 'Expectation Failed';
    case 12706: return 'I\'m a teapot';
    case 12709: return 'Misdirected Request';
    case 12710: return 'Unprocessable Entity';
    case 12711: return 'Locked';
    case 12712: return 'Failed Dependency';
    case 12713: return 'Too Early';
    case 12714: return 'Upgrade Required';
    case 12716: return 'Precondition Required';
    case 12717: return 'Too Many Requests';
    case 12719: return 'Request Header Fields Too Large';
    case 12739: return 'Unavailable For Legal Reasons';
    case 12788: return 'Internal Server Error';
    case 12789: return 'Not Implemented';
    case 12790: return 'Bad Gateway';
    case 12791: return 'Service Unavailable';
    case 12792: return 'Gateway Timeout';
    case 12793: return 'HTTP Version Not Supported';
    case 12794: return 'Variant Also Negotiates';
    case 12795: return 'Insufficient Storage';
    case 12796: return 'Loop Detected';
    case 12798: return 'Not Extended';
    case 12799: return 'Network Authentication Required';
    case 14336: return 'MQTT connection accepted';
    case 14337: return 'MQTT unacceptable protocol version';
    case 14338: return 'MQTT identifier rejected';
    case 14339: return 'MQTT server unavailable';
    case 14340: return 'MQTT bad user name or password';
    case 14341: return 'MQTT not authorized';
    case 14342: return 'MQTT network failure';
    case 14343: return 'MQTT packet sent failed';
    case 14344: return 'MQTT connection closed by server';
    case 14345: return 'MQTT ping timeout';
    case 14346: return 'MQTT subscribe rejected';
    case 14347: return 'MQTT publish timeout';
    case 14348: return 'MQTT session taken over';
    case 14349: return 'MQTT keep-alive lost';
    case 14350: return 'MQTT TLS handshake failed';
  }
  return 'unknown error ' + (key >> 11) + '/' + (key & 2047);
}

const byText = {};
for (let i = 0; i < KEYS.length; i++) byText[errorText(KEYS[i])] = KEYS[i];

// Retry policy: 0 give up, 1 retry now, 2 back off, 3 reset the modem.
function policy(text) {
  switch (text) {
    case 'SIM busy': case 'SIM busy (CMS)': case 'operation busy': case 'DNS busy':
    case 'HTTP(S) busy': case 'FTP server busy': case 'Too Many Requests':
      return 2;
    case 'network timeout': case 'network timeout (CMS)': case 'operation timeout':
    case 'HTTP(S) timeout': case 'FTP timeout': case 'Gateway Timeout': case 'MQTT ping timeout':
    case 'socket connect failed': case 'HTTP(S) socket connect error':
      return 1;
    case 'SIM failure': case 'SIM failure (CMS)': case 'phone failure': case 'ME failure':
    case 'system failure': case 'memory failure': case 'PDP context broken down':
      return 3;
  }
  return 0;
}

let seedState = 1;
function rnd(n) {                      // ZX81 LCG, stays below 2^23
  seedState = (seedState * 75 + 74) % 65537;
  return seedState % n;
}
const COMMON = [14, 31, 569 + (3 << 11), 566 + (3 << 11), 702 + (4 << 11), 503 + (6 << 11), 9 + (7 << 11), 200 + (6 << 11)];

let checked = false;
function run() {
  seedState = 4242;
  const counts = {};
  const recent = [];
  let distinct = 0, mismatches = 0, sum = 0, retries = 0, backoff = 0, resets = 0;
  for (let i = 0; i < 120; i++) {
    const key = (i & 1) === 0 ? COMMON[rnd(COMMON.length)] : KEYS[rnd(KEYS.length)];
    const text = errorText(key);
    const back = byText[text];
    if (back !== key) mismatches++;
    if (counts[text] === undefined) { counts[text] = 1; distinct++; }
    else counts[text] = counts[text] + 1;
    const p = policy(text);
    if (p === 1) retries++;
    else if (p === 2) backoff++;
    else if (p === 3) resets++;
    const line = SPACE[key >> 11] + text;
    if (recent.length < 4) recent.push(line);
    else recent[i & 3] = line;
    sum = (sum * 31 + back + i) % 1000003;
  }
  let log = '';
  for (let i = 0; i < recent.length; i++) log += (i > 0 ? ' | ' : '') + recent[i];
  const r = (sum + distinct * 7 + mismatches * 1000 + retries + backoff * 3 + resets * 5) % 1000003;
  if (!checked) {
    checked = true;
    print('modem-errors ' + distinct + ' ' + mismatches + ' ' + retries + '/' + backoff + '/' + resets + ' ' +
      counts['SIM busy'] + ' ' + sum + ' ' + r + (log === recent[0] + ' | ' + recent[1] + ' | ' + recent[2] + ' | ' + recent[3] ? ' [' : ' ![') + recent[3] + ']');
  }
  return r;
}
vmExport(0, run);
