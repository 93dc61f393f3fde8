# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ocr_err_global_optspecs
    string join \n f/format= l/lang= color= ascii hyperlinks= paging= h/help V/version
end

function __fish_ocr_err_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ocr_err_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ocr_err_using_subcommand
    set -l cmd (__fish_ocr_err_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ocr-err -n "__fish_ocr_err_needs_command" -s f -l format -d 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams' -r -f -a "table\t'A bilingual table'
plain\t'One tab-separated record per line, for grep and logs'
json\t'JSON with a stable schema'
jsonl\t'JSON Lines: one record a line, each written as soon as it is ready (parse: live)'"
complete -c ocr-err -n "__fish_ocr_err_needs_command" -s l -l lang -d 'Language of the explanations and labels (the API\'s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]' -r -f -a "en\t'English only'
zh\t'Chinese only (中文)'
both\t'Both languages'"
complete -c ocr-err -n "__fish_ocr_err_needs_command" -l color -d 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]' -r -f -a "auto\t'Colour when writing to a terminal that wants it'
always\t'Always colour'
never\t'Never colour'"
complete -c ocr-err -n "__fish_ocr_err_needs_command" -l hyperlinks -d 'When links are also terminal hyperlinks (OSC 8); never without colour' -r -f -a "auto\t'When colour is on and stdout is a terminal'
always\t'Whenever colour is on'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_needs_command" -l paging -d 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input' -r -f -a "auto\t'When stdout is a terminal and the output is taller than it'
always\t'Always'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_needs_command" -l ascii -d 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -s V -l version -d 'Print version'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -f -a "completions" -d 'Print the completion script for a shell'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -f -a "manpage" -d 'Print the man page (roff), to install as ocr-err.1'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -f -a "search" -d 'Search codes, messages, descriptions and fixes in both languages ("图片质量", "token expired")'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -f -a "parse" -d 'Find and explain every error in pasted or piped text: a response body, curl -i or -v output, SDK exception text, whole log files'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -f -a "check" -d 'Check a request before it is sent: a curl command (after --), a raw HTTP request or .http file, or with --api an image or JSON body for that API'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -f -a "explain" -d 'Explain one or more error codes (AIS.0104, ais0104, ＡＩＳ．０１０４, or a bare 4204)'
complete -c ocr-err -n "__fish_ocr_err_needs_command" -f -a "list" -d 'List every code in the catalog, one row each'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand completions" -s V -l version -d 'Print version'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand manpage" -s h -l help -d 'Print help'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand manpage" -s V -l version -d 'Print version'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -s f -l format -d 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams' -r -f -a "table\t'A bilingual table'
plain\t'One tab-separated record per line, for grep and logs'
json\t'JSON with a stable schema'
jsonl\t'JSON Lines: one record a line, each written as soon as it is ready (parse: live)'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -s l -l lang -d 'Language of the explanations and labels (the API\'s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]' -r -f -a "en\t'English only'
zh\t'Chinese only (中文)'
both\t'Both languages'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -l color -d 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]' -r -f -a "auto\t'Colour when writing to a terminal that wants it'
always\t'Always colour'
never\t'Never colour'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -l hyperlinks -d 'When links are also terminal hyperlinks (OSC 8); never without colour' -r -f -a "auto\t'When colour is on and stdout is a terminal'
always\t'Whenever colour is on'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -l paging -d 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input' -r -f -a "auto\t'When stdout is a terminal and the output is taller than it'
always\t'Always'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -s n -l limit -d 'Show at most this many hits (1 or more)' -r -f -f
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -s m -l module -d 'Only codes of this module' -r -f -a "ocr\t'Text Recognition (文字识别): AIS.*'
platform\t'The ModelArts platform (平台): ModelArts.*'
apig\t'The API gateway as seen by OCR calls: APIG.*'
apigw\t'The API gateway\'s own table: APIGW.*'
iam\t'Identity and Access Management (统一身份认证): IAM.*'
iam-token\t'The IAM token endpoint\'s answers without a code'
sdk\t'The SDKs\' client-side exceptions'
http\t'HTTP statuses that came without a code'
obs\t'Object Storage Service (对象存储), where OCR reads images from: AccessDenied, NoSuchKey…'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -l ascii -d 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -s a -l all -d 'Also the weak hits: those scoring under a fifth of the best hit\'s score'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -l full -d 'Show each hit\'s texts whole, wrapped, instead of cut to one line'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand search" -s V -l version -d 'Print version'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -s f -l format -d 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams' -r -f -a "table\t'A bilingual table'
plain\t'One tab-separated record per line, for grep and logs'
json\t'JSON with a stable schema'
jsonl\t'JSON Lines: one record a line, each written as soon as it is ready (parse: live)'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -s l -l lang -d 'Language of the explanations and labels (the API\'s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]' -r -f -a "en\t'English only'
zh\t'Chinese only (中文)'
both\t'Both languages'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l color -d 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]' -r -f -a "auto\t'Colour when writing to a terminal that wants it'
always\t'Always colour'
never\t'Never colour'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l hyperlinks -d 'When links are also terminal hyperlinks (OSC 8); never without colour' -r -f -a "auto\t'When colour is on and stdout is a terminal'
always\t'Whenever colour is on'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l paging -d 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input' -r -f -a "auto\t'When stdout is a terminal and the output is taller than it'
always\t'Always'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l code -d 'Only errors whose code matches this pattern (any case; * and ? as in a shell: APIGW.*, "HTTP 4??"); may be given more than once' -r -f
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -s j -l threads -d 'How many files to scan at once (default, or 0: one per two cores, as each file\'s scan keeps two busy); each file\'s errors are still printed together, in input order' -r -f
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l encoding -d 'The input\'s text encoding; auto follows a byte-order mark (UTF-16), or the NUL bytes of UTF-16 without one, else takes GB18030 when the input is not UTF-8 but is GB18030' -r -f -a "auto\t'A byte-order mark decides, else UTF-8 or GB18030'
utf-8\t'UTF-8'
utf-16\t'UTF-16 (little-endian unless a byte-order mark says otherwise)'
gb18030\t'GB18030 (GBK, GB2312)'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l sk-file -d 'Read the secret key a request\'s signature is recomputed with from this file (else HUAWEICLOUD_SDK_SK); it is never printed' -r -F
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l ascii -d 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -s H -l with-filename -d 'Name each finding\'s file (the default with more than one input, or a folder)'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l no-filename -d 'Never name the file a finding came from'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l hidden -d 'In folders, read hidden files and folders too'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l no-ignore -d 'In folders, read the files .gitignore, .ignore and .rgignore leave out too'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -s q -l quiet -d 'Print nothing: the exit status says whether an error was found'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -s c -l count -d 'Print how many errors each input holds, not the errors'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l files-with-errors -d 'Print the name of each input that holds an error, not the errors (grep\'s -l; here -l is --lang)'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -s s -l summary -d 'One row per code and HTTP status with its count, most frequent first, and totals'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -l no-decompress -d 'Read compressed input (gzip, zstd, bzip2, xz: told by its first bytes) as it is, rather than decompressing it'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand parse" -s V -l version -d 'Print version'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -s f -l format -d 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams' -r -f -a "table\t'A bilingual table'
plain\t'One tab-separated record per line, for grep and logs'
json\t'JSON with a stable schema'
jsonl\t'JSON Lines: one record a line, each written as soon as it is ready (parse: live)'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -s l -l lang -d 'Language of the explanations and labels (the API\'s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]' -r -f -a "en\t'English only'
zh\t'Chinese only (中文)'
both\t'Both languages'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -l color -d 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]' -r -f -a "auto\t'Colour when writing to a terminal that wants it'
always\t'Always colour'
never\t'Never colour'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -l hyperlinks -d 'When links are also terminal hyperlinks (OSC 8); never without colour' -r -f -a "auto\t'When colour is on and stdout is a terminal'
always\t'Whenever colour is on'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -l paging -d 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input' -r -f -a "auto\t'When stdout is a terminal and the output is taller than it'
always\t'Always'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -s a -l api -d 'The OCR API the file is for (general-text, id-card, …): the file is the image to send, or the request\'s JSON body' -r -f
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -l sk-file -d 'Read the secret key the signature is recomputed with from this file (else HUAWEICLOUD_SDK_SK); it is never printed' -r -F
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -l ascii -d 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand check" -s V -l version -d 'Print version'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand help; and not __fish_seen_subcommand_from completions manpage explain search parse check list help" -f -a "completions" -d 'Print the completion script for a shell'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand help; and not __fish_seen_subcommand_from completions manpage explain search parse check list help" -f -a "manpage" -d 'Print the man page (roff), to install as ocr-err.1'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand help; and not __fish_seen_subcommand_from completions manpage explain search parse check list help" -f -a "explain" -d 'Explain one or more error codes (AIS.0104, ais0104, ＡＩＳ．０１０４, or a bare 4204)'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand help; and not __fish_seen_subcommand_from completions manpage explain search parse check list help" -f -a "search" -d 'Search codes, messages, descriptions and fixes in both languages ("图片质量", "token expired")'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand help; and not __fish_seen_subcommand_from completions manpage explain search parse check list help" -f -a "parse" -d 'Find and explain every error in pasted or piped text: a response body, curl -i or -v output, SDK exception text, whole log files'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand help; and not __fish_seen_subcommand_from completions manpage explain search parse check list help" -f -a "check" -d 'Check a request before it is sent: a curl command (after --), a raw HTTP request or .http file, or with --api an image or JSON body for that API'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand help; and not __fish_seen_subcommand_from completions manpage explain search parse check list help" -f -a "list" -d 'List every code in the catalog, one row each'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand help; and not __fish_seen_subcommand_from completions manpage explain search parse check list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -s f -l format -d 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams' -r -f -a "table\t'A bilingual table'
plain\t'One tab-separated record per line, for grep and logs'
json\t'JSON with a stable schema'
jsonl\t'JSON Lines: one record a line, each written as soon as it is ready (parse: live)'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -s l -l lang -d 'Language of the explanations and labels (the API\'s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]' -r -f -a "en\t'English only'
zh\t'Chinese only (中文)'
both\t'Both languages'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -l color -d 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]' -r -f -a "auto\t'Colour when writing to a terminal that wants it'
always\t'Always colour'
never\t'Never colour'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -l hyperlinks -d 'When links are also terminal hyperlinks (OSC 8); never without colour' -r -f -a "auto\t'When colour is on and stdout is a terminal'
always\t'Whenever colour is on'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -l paging -d 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input' -r -f -a "auto\t'When stdout is a terminal and the output is taller than it'
always\t'Always'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -s t -l table -d 'Only what this source table says of each code (a code several tables document, such as APIG.0301, prints one table\'s entry)' -r -f -a "ocr\t'The OCR API reference\'s error codes'
ocr-extra\t'OCR\'s codes from its other pages (per-item statuses, invoice checks)'
apig\t'The API gateway\'s codes as OCR calls meet them'
apigw\t'The API gateway\'s own error-code table'
iam\t'Identity and Access Management\'s codes'
iam-token\t'The IAM token endpoint\'s answers without a code'
sdk\t'The SDKs\' client-side exceptions'
http\t'HTTP statuses that came without a code'
obs\t'Object Storage Service\'s named codes'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -l ascii -d 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -s b -l brief -d 'One line per code: code, status, message and first fix (table and plain output; JSON keeps the whole record)'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -s V -l version -d 'Print version'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -s f -l format -d 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams' -r -f -a "table\t'A bilingual table'
plain\t'One tab-separated record per line, for grep and logs'
json\t'JSON with a stable schema'
jsonl\t'JSON Lines: one record a line, each written as soon as it is ready (parse: live)'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -s l -l lang -d 'Language of the explanations and labels (the API\'s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]' -r -f -a "en\t'English only'
zh\t'Chinese only (中文)'
both\t'Both languages'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -l color -d 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]' -r -f -a "auto\t'Colour when writing to a terminal that wants it'
always\t'Always colour'
never\t'Never colour'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -l hyperlinks -d 'When links are also terminal hyperlinks (OSC 8); never without colour' -r -f -a "auto\t'When colour is on and stdout is a terminal'
always\t'Whenever colour is on'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -l paging -d 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input' -r -f -a "auto\t'When stdout is a terminal and the output is taller than it'
always\t'Always'
never\t'Never'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -s m -l module -d 'Only codes of this module' -r -f -a "ocr\t'Text Recognition (文字识别): AIS.*'
platform\t'The ModelArts platform (平台): ModelArts.*'
apig\t'The API gateway as seen by OCR calls: APIG.*'
apigw\t'The API gateway\'s own table: APIGW.*'
iam\t'Identity and Access Management (统一身份认证): IAM.*'
iam-token\t'The IAM token endpoint\'s answers without a code'
sdk\t'The SDKs\' client-side exceptions'
http\t'HTTP statuses that came without a code'
obs\t'Object Storage Service (对象存储), where OCR reads images from: AccessDenied, NoSuchKey…'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -s s -l service -d 'Only codes of this service: its prefix (IAM, Ecs) or a part of its name in either language (云解析); for a service the catalog holds no codes of, where they are explained' -r -f -a "AIS\t'Optical Character Recognition (OCR), Image Recognition, Content Moderation'
ModelArts\t'ModelArts (also the hosting platform of OCR and other AI APIs)'
APIG\t'API Gateway (dedicated gateway, errors when calling published APIs)'
APIGW\t'API Gateway shared front door of cloud-service APIs (signature/token errors)'
APIC\t'API Gateway management API / ROMA Connect APIC'
IAM\t'Identity and Access Management'
PAP5\t'IAM 5.0 (policy administration)'
IIC\t'IAM Identity Center'
Obs\t'Object Storage Service – console / OBS Browser+ error codes'
Ecs\t'Elastic Cloud Server'
VPC\t'Virtual Private Cloud'
ELB\t'Elastic Load Balance'
EVS\t'Elastic Volume Service'
DNS\t'Domain Name Service'
CSS\t'Cloud Search Service'
FRS\t'Face Recognition Service'
IS\t'Image Search'
NLP\t'Natural Language Processing'
SIS\t'Speech Interaction Service'
CCE\t'Cloud Container Engine'
CCE_CM\t'Cloud Container Engine (cluster/node manager, legacy)'
SVCSTG.CCE-ADDONMGR\t'CCE add-on manager'
DBS\t'Relational Database Service (RDS) — also used by DDS and GaussDB(for MySQL)/TaurusDB, Document Database Service (DDS), GaussDB(for MySQL) / TaurusDB'
RDS\t'Relational Database Service (some APIs)'
DCS\t'Distributed Cache Service'
DMS\t'Distributed Message Service (Kafka / RabbitMQ / RocketMQ)'
SMN\t'Simple Message Notification'
LTS\t'Log Tank Service'
ces\t'Cloud Eye'
CTS\t'Cloud Trace Service'
FSS\t'FunctionGraph'
KMS\t'Data Encryption Workshop – Key Management Service'
CSMS\t'Data Encryption Workshop – Cloud Secret Management Service'
EPS\t'Enterprise Project Management Service'
CBC\t'Billing Center / customer operation capabilities (BSS)'
BSS\t'Business support system (billing, legacy)'
TMS\t'Tag Management Service'
IMG\t'Image Management Service (IMS)'
AS\t'Auto Scaling'
SFS.TURBO\t'Scalable File Service Turbo'
DWS\t'GaussDB(DWS) data warehouse'
MRS\t'MapReduce Service'
DLI\t'Data Lake Insight'
CDN\t'Content Delivery Network'
WAF\t'Web Application Firewall'
SVCSTG.SWR\t'SoftWare Repository for Container'
AOM\t'Application Operations Management'
APM\t'Application Performance Management'
RMS\t'Config (Resource Management Service)'
Organizations\t'Organizations'
BMS\t'Bare Metal Server'
CCI\t'Cloud Container Instance'
SVCSTG.AOS\t'Application Orchestration Service (AOS)'
SVCSTG.S2I\t'ContainerOps (container delivery pipeline, source-to-image build)'
CPS\t'Cloud Phone (CPH)'
GES\t'Graph Engine Service'
LIVE\t'Live (live streaming)'
NAT\t'NAT Gateway'
OMS\t'Object Storage Migration Service'
SCM\t'SSL Certificate Manager (now Cloud Certificate Manager, CCM)'
SDRS\t'Storage Disaster Recovery Service'
VOD\t'Video on Demand'
EndPoint\t'VPC Endpoint'
DSS\t'Dedicated Distributed Storage Service'
BackupService\t'Cloud Backup and Recovery (CBR)'
DIS\t'Data Ingestion Service'
Cdm\t'Cloud Data Migration (DataArts Migration)'
DLF\t'DataArts Factory / Data Lake Factory (DataArts Studio data development)'
SVCSTG.ATS\t'Application Performance Management (APM) - trace APIs'
SVCSTG.ATPS\t'Application Performance Management (APM)'
CFW\t'Cloud Firewall'
CSBS\t'Cloud Server Backup Service'
HSS\t'Host Security Service'
UCS\t'Ubiquitous Cloud Native Service'
VPN\t'Virtual Private Network (enterprise edition)'
VolumeBackup\t'Volume Backup Service'
AutoBackup\t'Volume Backup Service (backup policies)'
DRS\t'Data Replication Service'
ASM\t'Application Service Mesh'
COC\t'Cloud Operations Center'
IOTDA\t'IoT Device Access (IoTDA)'
WKS\t'Workspace (cloud desktop)'"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -l ascii -d 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -l services -d 'List the services whose codes a prefix tells, with where each explains its codes'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand list" -s V -l version -d 'Print version'
# The shorthand `ocr-err AIS.0104`: codes where a subcommand would go, once the word looks like one.
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0000"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0101"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0102"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0103"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0104"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0105"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0117"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0118"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0119"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0120"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0121"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AIS.0122"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0101"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0103"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0104"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0105"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0106"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0107"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0108"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0201"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0202"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0203"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0204"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0205"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0301"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0302"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0303"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0304"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0305"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0306"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0307"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0308"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0310"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0311"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0312"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0313"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0314"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0401"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0402"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0404"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0405"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0501"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0502"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0601"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0602"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0605"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0606"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0607"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0608"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0609"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0610"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0611"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0612"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0613"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0615"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0616"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0617"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0705"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.0802"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.1001"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.1002"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.1003"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.1004"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.1009"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2102"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2201"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2202"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2203"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2204"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2205"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2206"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2208"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2209"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2210"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2211"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2212"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIG.2213"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0101"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0103"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0104"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0105"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0106"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0201"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0301"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0302"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0303"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0304"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0305"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0306"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0307"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0308"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0310"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0311"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0401"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0402"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0404"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0501"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0502"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0601"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0602"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0605"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0606"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0607"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0608"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0609"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0610"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0611"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0612"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0613"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0705"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0801"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "APIGW.0802"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AccessDenied"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AccessForbidden"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "AllAccessDisabled"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "BadDigest"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "BadDomainName"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "BadRequest"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "BucketAlreadyExists"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "BucketAlreadyOwnedByYou"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "BucketNotEmpty"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "CallTimeoutException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ConnectionException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ConnectionTimeoutException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "CredentialsTypeError"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "CustomDomainAreadyExist"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "CustomDomainNotExist"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "DeregisterUserId"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "DirectoryNotEmpty"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "EntityTooLarge"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "EntityTooSmall"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "FileGatewayBucket"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ForbidAnonReqOverwriteRespHead"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "FsNotSupport"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "FsObjectConflict"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "FsRenameConflict"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "HostUnreachableException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0001"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0002"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0003"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0004"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0006"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0007"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0009"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0011"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0012"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0020"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0061"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0062"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0063"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0064"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0066"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0067"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0072"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0073"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0080"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0081"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0082"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.0083"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1061"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1101"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1102"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1103"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1104"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1105"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1106"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1107"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1108"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IAM.1109"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IllegalLocationConstraintException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InArrearOrInsufficientBalance"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "IncompleteBody"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InsufficientStorageSpace"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InternalError"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidAccessKeyId"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidArgument"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidBucket"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidBucketName"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidBucketState"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidContentLength"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidDefaultStorageClass"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidEncryptionAlgorithmError"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidLocationConstraint"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidObjectState"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidPart"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidPartOrder"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidPolicyDocument"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidRange"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidRedirectLocation"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidRequest"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidRequestBody"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "InvalidTargetBucketForLogging"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "KeyTooLongError"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MalformedACLError"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MalformedError"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MalformedLoggingStatus"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MalformedPolicy"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MalformedQuotaError"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MalformedXML"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MaxMessageLengthExceeded"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MetadataTooLarge"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MethodNotAllowed"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MissingContentLength"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MissingRegion"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MissingRequestBodyError"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MissingRequiredHeader"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MissingSecurityHeader"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0201"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0202"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0203"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0204"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0205"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0206"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0207"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0208"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0209"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0210"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.0212"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4101"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4102"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4103"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4104"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4105"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4106"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4107"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4201"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4202"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4203"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4204"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4205"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4206"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4301"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4302"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4401"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4402"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4403"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4502"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4503"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4504"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4505"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4506"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4507"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4508"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4601"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4603"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4700"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4702"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4703"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4704"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4705"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4706"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4707"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4801"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4901"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4902"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4903"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4904"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ModelArts.4905"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "MultipleContentLengths"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NoSuchBucket"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NoSuchBucketPolicy"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NoSuchCORSConfiguration"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NoSuchCustomDomain"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NoSuchKey"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NoSuchLifecycleConfiguration"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NoSuchUpload"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NoSuchVersion"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NoSuchWebsiteConfiguration"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "NotSignedUp"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ObjectNotAppendable"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "OperationAborted"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "PermanentRedirect"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "PreconditionFailed"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ReadTimeout"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "RequestPayerDenied"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "RequestTimeTooSkewed"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "RequestTimeout"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "RequestTimeoutException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "RetryOutageException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "SdkException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ServiceNotImplemented"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ServiceNotSupported"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ServiceResponseException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "ServiceUnavailable"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "SignatureDoesNotMatch"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "SlowDown"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "SslHandShakeException"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "TemporaryRedirect"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "TooManyBuckets"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "TooManyCustomDomains"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "TooManyRequests"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "TooManyWrongSignature"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "Unauthorized"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "UnexpectedContent"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "UserKeyMustBeSpecified"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "VirtualHostDomainRequired"
complete -c ocr-err -n "__fish_ocr_err_needs_command; and string match -qr '[0-9.]' -- (commandline -ct)" -f -a "WebsiteRedirect"
# The shells of `ocr-err completions` (clap_complete leaves out positional values).
complete -c ocr-err -n "__fish_ocr_err_using_subcommand completions" -f -a "bash"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand completions" -f -a "zsh"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand completions" -f -a "fish"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand completions" -f -a "powershell"
complete -c ocr-err -n "__fish_ocr_err_using_subcommand completions" -f -a "elvish"
# The catalog's codes for `ocr-err explain` (clap_complete leaves out positional values).
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0000" -d 'Succeeded.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0101" -d 'The input parameter is invalid.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0102" -d 'The image format is not supported.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0103" -d 'The image size does not meet the requirements.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0104" -d 'The image is not supported or the image quality is poor.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0105" -d 'Recognition failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0117" -d 'Input ID does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0118" -d 'Service request error or the tax authority’s interface was malfunctioning.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0119" -d 'Template match failed, template_id={xxx}.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0120" -d 'Classification failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0121" -d 'The recognition area of template is not configured, template_id={xxx}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AIS.0122" -d 'The image contains two or more ID cards with the same side.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0101" -d 'The API does not exist or has not been published in the environment.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0103" -d 'The backend does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0104" -d 'The plug-ins do not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0105" -d 'The backend configurations do not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0106" -d 'Orchestration error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0107" -d 'The custom lua script encountered an unexpected error'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0108" -d 'The server group ID does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0201" -d 'Backend timeout.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0202" -d 'Backend unavailable'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0203" -d 'Backend timeout'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0204" -d 'SSL protocol is not supported: TLSv1.1'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0205" -d 'Verify client certificate failed'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0301" -d 'Incorrect IAM authentication information.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0302" -d 'The IAM user is not authorized to access the API.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0303" -d 'Incorrect app authentication information.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0304" -d 'The app is not authorized to access the API.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0305" -d 'Incorrect authentication information.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0306" -d 'API access denied.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0307" -d 'The token must be updated.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0308" -d 'The throttling threshold has been reached: policy user over ratelimit,limit:XX,time:1 minute.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0310" -d 'The project is unavailable.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0311" -d 'Incorrect debugging authentication information.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0312" -d 'Incorrect third-party authentication information,auth fail'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0313" -d 'Incorrect third-party authentication information,identities error'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0314" -d 'Incorrect third-party authentication information,access deny'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0401" -d 'Unknown client IP address.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0402" -d 'The IP address is not authorized to access the API.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0404" -d 'Access to the backend IP address has been denied.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0405" -d 'The app is not accessed from a trusted IP address.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0501" -d 'The app quota has been used up.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0502" -d 'The app has been frozen.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0601" -d 'Internal server error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0602" -d 'Bad request.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0605" -d 'Domain name resolution failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0606" -d 'Failed to load the API configurations.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0607" -d 'The following protocol is supported: {xxx}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0608" -d 'Failed to obtain the admin token.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0609" -d 'The VPC backend does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0610" -d 'No backend available.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0611" -d 'The backend port does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0612" -d 'An API cannot call itself.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0613" -d 'The IAM service is currently unavailable.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0615" -d 'Incorrect third-party authentication VPC information'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0616" -d 'Incorrect third-party authentication request information'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0617" -d 'Incorrect third-party authentication response information'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0705" -d 'Backend signature calculation failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.0802" -d 'The IAM user is forbidden in the currently selected region'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.1001" -d 'Refresh token is expired'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.1002" -d 'Access token is expired'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.1003" -d 'App not match refresh token'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.1004" -d 'App not exist'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.1009" -d 'AppKey or AppSecret is invalid'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2102" -d 'PublicKey is null'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2201" -d 'Appkey or SecretKey is invalid'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2202" -d 'Refresh token is invalid'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2203" -d 'Access token is invalid'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2204" -d 'ContentType invalid'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2205" -d 'Auth parameter invalid'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2206" -d 'Auth method invalid'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2208" -d 'The length of through_data is out of range'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2209" -d 'The value of grant_type is not in enum List'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2210" -d 'Lack of grant_type'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2211" -d 'Lack of client_id'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2212" -d 'Lack of client_secret'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIG.2213" -d 'Lack of refresh_token'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0101" -d 'The API does not exist or has not been published in the environment.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0103" -d 'The backend does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0104" -d 'The plug-ins do not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0105" -d 'The backend configurations do not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0106" -d 'Orchestration error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0201" -d 'API request error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0301" -d 'Incorrect IAM authentication information.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0302" -d 'The IAM user is not authorized to access the API.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0303" -d 'Incorrect app authentication information.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0304" -d 'The app is not authorized to access the API.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0305" -d 'Incorrect authentication information.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0306" -d 'API access denied.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0307" -d 'The token must be updated.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0308" -d 'The throttling threshold has been reached.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0310" -d 'The project is unavailable.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0311" -d 'Incorrect debugging authentication information.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0401" -d 'Unknown client IP address.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0402" -d 'The IP address is not authorized to access the API.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0404" -d 'Access to the backend IP address has been denied.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0501" -d 'The app quota has been used up.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0502" -d 'The app has been frozen.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0601" -d 'Internal server error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0602" -d 'Bad request.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0605" -d 'Domain name resolution failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0606" -d 'Failed to load the API configurations.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0607" -d 'The following protocol is supported: {xxx}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0608" -d 'Failed to obtain the admin token.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0609" -d 'The VPC backend does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0610" -d 'No backend available.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0611" -d 'The backend port does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0612" -d 'An API cannot call itself.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0613" -d 'The IAM service is currently unavailable.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0705" -d 'Backend signature calculation failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0801" -d 'The service is unavailable in the currently selected region.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "APIGW.0802" -d 'The IAM user is forbidden in the currently selected region.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AccessDenied" -d 'Access denied, because the request does not carry a date header or the header format is incorrect.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AccessForbidden" -d 'Insufficient permission. No CORS configuration exists for the bucket or the CORS rule does not match.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "AllAccessDisabled" -d 'You have no permission to perform the operation. The bucket name is forbidden.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "BadDigest" -d 'The specified value of Content-MD5 does not match the value received by OBS.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "BadDomainName" -d 'The domain name is invalid.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "BadRequest" -d 'Invalid request parameters.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "BucketAlreadyExists" -d 'The requested bucket name already exists. The bucket namespace is shared by all users of OBS. Select another name and retry.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "BucketAlreadyOwnedByYou" -d 'Your previous request for creating the namesake bucket succeeded and you already own it.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "BucketNotEmpty" -d 'The bucket that you tried to delete is not empty.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "CallTimeoutException" -d 'CallTimeoutException - {reason}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ConnectionException" -d 'ConnectionException - {reason}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ConnectionTimeoutException" -d 'java.net.SocketTimeoutException: connect timed out'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "CredentialsTypeError" -d '{"ErrorMessage": "unable to get credential in providers: XXX"}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "CustomDomainAreadyExist" -d 'The configured domain already exists.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "CustomDomainNotExist" -d 'Delete the domain that does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "DeregisterUserId" -d 'The user has been deregistered.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "DirectoryNotEmpty" -d 'Non-empty directories cannot be deleted.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "EntityTooLarge" -d 'The size of the file uploaded using the PUT, POST, or Append methods of SDKs or APIs exceeds 5 GB. The part uploaded is larger than 5 GB in size. The size of the bucket configurations exceeds 20 KB. The file size exceeds the upper limit defined in the policy of the POST form. The size of the file uploaded using the multipart upload of SDKs or APIs or the resumable upload of SDKs exceeds 48.8 TB.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "EntityTooSmall" -d 'The part uploaded, except the last one, is smaller than 100 KB. The file size is smaller than the lower limit defined in the policy of the POST form.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "FileGatewayBucket" -d 'Bucket inventories cannot be configured for parallel file systems.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ForbidAnonReqOverwriteRespHead" -d 'Anonymous users cannot overwrite response headers when calling the object download API.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "FsNotSupport" -d 'The parallel file system does not support this API.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "FsObjectConflict" -d 'The current and new names of an object in a parallel file system did not indicate the same type of object — file or directory, or the new name has already been used.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "FsRenameConflict" -d 'The rename operation conflicts with another operation that is being performed on the object.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "HostUnreachableException" -d 'HostUnreachableException - {reason}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0001" -d 'The request you have made requires authentication.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0002" -d 'You are not authorized to perform the requested action.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0003" -d 'Policy doesn\'t allow %(actions)s to be performed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0004" -d 'Could not find %(target)s: %(target_id)s.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0006" -d 'An unexpected error prevented the server from fulfilling your request.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0007" -d 'Request parameter %(key)s is invalid.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0009" -d 'X-Subject-Token is invalid in the request.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0011" -d 'Request body is invalid.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0012" -d 'The throttling threshold has been reached. Threshold: %d times per %d seconds'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0020" -d 'Original auth failover to other regions, please auth downgrade'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0061" -d 'Account locked.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0062" -d 'Incorrect password.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0063" -d 'Access token authentication failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0064" -d 'The access token does not have permissions for the request.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0066" -d 'The token has expired.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0067" -d 'Invalid token.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0072" -d '\'%(key)s\' is a required property.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0073" -d 'Invalid input for field \'%(key)s\'. The value is \'%(value)s\'.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0080" -d 'The user %s with access key %s is disabled.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0081" -d 'This user only supports console access, not programmatic access.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0082" -d 'The user %s is disabled.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.0083" -d 'You do not have permission to access the private region %s.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1061" -d 'Invalid TOTP passcode.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1101" -d 'The request body size %s is invalid.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1102" -d 'The %s in the request body is invalid.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1103" -d 'The %s is required in the request body.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1104" -d 'The access key %s is in the blacklist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1105" -d 'The access key %s has expired.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1106" -d 'The user %s with access key %s cannot be found.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1107" -d 'The access key %s is inactive.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1108" -d 'The securitytoken has expired.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IAM.1109" -d 'The project information cannot be found.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IllegalLocationConstraintException" -d 'A request without Location is sent for creating a bucket in a non-default region.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InArrearOrInsufficientBalance" -d 'The subscriber owes fees or the account balance is insufficient, and the subscriber does not have the permission to perform an operation.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "IncompleteBody" -d 'No complete request body is received due to network or other problems.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InsufficientStorageSpace" -d 'Insufficient storage space.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InternalError" -d 'An internal error occurs. Retry later.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidAccessKeyId" -d 'The access key ID provided by the customer does not exist in the system.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidArgument" -d 'Invalid parameter.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidBucket" -d 'The bucket to be accessed does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidBucketName" -d 'The bucket name specified in the request is invalid, which may have exceeded the maximum length, or contain special characters that are not allowed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidBucketState" -d 'Invalid bucket status. After cross-region replication is configured, bucket versioning cannot be disabled.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidContentLength" -d 'Invalid Content-Length value.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidDefaultStorageClass" -d 'The default storage class is invalid.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidEncryptionAlgorithmError" -d 'Incorrect encryption algorithm. The object cannot be decrypted due to incorrect encryption header carried when downloading the SSE-C encrypted object.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidLocationConstraint" -d 'The specified Location in the bucket creation request is invalid or does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidObjectState" -d 'You need to restore Cold objects before downloading them.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidPart" -d 'One or more specified parts are not found. The parts may not be uploaded or the specified entity tags (ETags) do not match the parts\' ETags.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidPartOrder" -d 'Parts are not listed in ascending order by part number.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidPolicyDocument" -d 'The content of the form does not meet the conditions specified in the policy document.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidRange" -d 'The requested range cannot be obtained.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidRedirectLocation" -d 'Invalid redirect location.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidRequest" -d 'Invalid request.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidRequestBody" -d 'The request body is invalid. The request requires a message body but no message body is uploaded.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "InvalidTargetBucketForLogging" -d 'The delivery group has no ACL permission for the target bucket.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "KeyTooLongError" -d 'The provided key is too long.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MalformedACLError" -d 'The provided XML file is in an incorrect format or does not meet format requirements.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MalformedError" -d 'The XML format in the request is incorrect.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MalformedLoggingStatus" -d 'The XML format of Logging is incorrect.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MalformedPolicy" -d 'The bucket policy does not pass.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MalformedQuotaError" -d 'The Quota XML format is incorrect.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MalformedXML" -d 'An XML file of a configuration item is in incorrect format.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MaxMessageLengthExceeded" -d 'Copying an object does not require a message body in the request.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MetadataTooLarge" -d 'The size of the metadata header has exceeded the upper limit.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MethodNotAllowed" -d 'The specified method is not allowed against the requested resource. The message "Specified method is not supported." is returned.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MissingContentLength" -d 'The HTTP header Content-Length is not provided.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MissingRegion" -d 'No region contained in the request and no default region defined in the system.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MissingRequestBodyError" -d 'This error code is returned after you send an empty XML file.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MissingRequiredHeader" -d 'Required headers are missing in the request.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MissingSecurityHeader" -d 'A required header is not provided.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0201" -d 'Token header cannot be empty. No key X-Auth-Token in header.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0202" -d 'Invalid Token header. Token expired, please refresh it.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0203" -d 'Invalid token.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0204" -d 'Parse Token error. Have error when decode Token, please check it format or integrity.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0205" -d 'No key Authorization in header.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0206" -d 'Authorization header format incorrect, please check its format or integrity.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0207" -d 'Invalid Authorization header. Signature expired, please refresh it.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0208" -d 'Verify Authorization header failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0209" -d 'No key appId in header.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0210" -d 'No key apiId in header.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.0212" -d 'Invalid Token header. The Token not contain project item.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4101" -d 'Token header cannot be empty.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4102" -d 'Parse Token error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4103" -d 'Invalid Token header.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4104" -d 'Invalid Request Content Length.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4105" -d 'The JSON format of the input data is incorrect.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4106" -d 'Invalid authorization request.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4107" -d 'Get user temp ak sk error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4201" -d 'Request url need service id.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4202" -d 'Request url format invalid.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4203" -d 'Access denied! You do not have permission.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4204" -d 'Access api error! Not subscribe this api.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4205" -d 'Request connection error. Connection timeout.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4206" -d 'Too many requests, reached api %s.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4301" -d 'Have error when get ai-service admin token.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4302" -d 'Gateway forwarding error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4401" -d 'Max concurrency error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4402" -d 'Backend service timeout error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4403" -d 'Backend service unavailable error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4502" -d 'Backend service response error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4503" -d 'Backend service found error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4504" -d 'Backend service api not found.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4505" -d 'Backend service internal error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4506" -d 'SubService service found error.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4507" -d 'SubService service specification code find error. Failed to invoke backend service.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4508" -d 'Service not start.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4601" -d 'The URL is not allowed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4603" -d 'Obtaining the file from the URL failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4700" -d 'Gateway service is in shutdown process.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4702" -d 'Query Obs agency failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4703" -d 'The Obs URL is invalid.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4704" -d 'Obtaining the file from the OBS failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4705" -d 'The file stored on the OBS is oversized.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4706" -d 'The Obs file is not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4707" -d 'Obtaining the file from the OBS failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4801" -d 'Failed to find consul catalog service.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4901" -d 'The app-auth api doesn\'t exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4902" -d 'The app-auth api didn\'t bind to apig app %s.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4903" -d 'The app-auth api didn\'t bind to signature.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4904" -d 'The app-auth api didn\'t bind to apig sign whose key is %s.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ModelArts.4905" -d 'Verify the authorization header failed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "MultipleContentLengths" -d 'There are multiple Content-Length headers.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NoSuchBucket" -d 'The specified bucket does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NoSuchBucketPolicy" -d 'No bucket policy exists.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NoSuchCORSConfiguration" -d 'No CORS configuration exists.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NoSuchCustomDomain" -d 'The requested user account does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NoSuchKey" -d 'The specified key does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NoSuchLifecycleConfiguration" -d 'The requested lifecycle rule does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NoSuchUpload" -d 'The specified multipart upload does not exist. The upload ID does not exist or the multipart upload has been terminated or completed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NoSuchVersion" -d 'The specified version ID does not match any existing version.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NoSuchWebsiteConfiguration" -d 'The requested website does not exist.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "NotSignedUp" -d 'You have not registered with the system.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ObjectNotAppendable" -d 'The object is not appendable.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "OperationAborted" -d 'A conflicting operation is being performed on this resource. Retry later.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "PermanentRedirect" -d 'The requested bucket can be accessed only through the specified address. Send subsequent requests to the address.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "PreconditionFailed" -d 'At least one of the specified preconditions is not met.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ReadTimeout" -d 'requests.exceptions.ReadTimeout: HTTPConnectionPool(host=XXX, port=XXX): Read timed out. (read timeout=XX)'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "RequestPayerDenied" -d 'This is a requester-pays bucket.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "RequestTimeTooSkewed" -d 'There was a large time offset between the OBS server time and the time when the client initiated a request. For security purposes, OBS verifies the time offset between the client and server. If the offset is longer than 15 minutes, the OBS server will reject your requests and this error message is reported.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "RequestTimeout" -d 'The socket connection to the server has no read or write operations within the timeout period.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "RequestTimeoutException" -d 'RequestTimeoutException'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "RetryOutageException" -d 'RetryOutageException - {reason}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "SdkException" -d 'SdkException - {reason}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ServiceNotImplemented" -d 'The request method is not implemented by the server.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ServiceNotSupported" -d 'The request method is not supported by the server.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ServiceResponseException" -d 'ServiceResponseException: {axios message}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "ServiceUnavailable" -d 'The server is overloaded or has internal errors.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "SignatureDoesNotMatch" -d 'The provided signature does not match the signature calculated by OBS.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "SlowDown" -d 'Too frequent requests. Reduce your request frequency.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "SslHandShakeException" -d 'SslHandShakeException - {reason}'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "TemporaryRedirect" -d 'Temporary redirection. If the DNS is updated, the request is redirected to the bucket.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "TooManyBuckets" -d 'You have attempted to create more buckets than allowed.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "TooManyCustomDomains" -d 'Too many custom domains are configured.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "TooManyRequests" -d 'There are too many requests in a short period of time. For example, there are too many concurrent requests for the metadata of the same object or bucket, such as concurrent object metadata modification, object upload, and object write.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "TooManyWrongSignature" -d 'The request is rejected due to high-frequency errors.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "Unauthorized" -d 'The user has not been authenticated in real name.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "UnexpectedContent" -d 'The request requires a message body which is not carried by the client, or the request does not require a message body but the client carries the message body.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "UserKeyMustBeSpecified" -d 'This operation is available only to specific users.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "VirtualHostDomainRequired" -d 'Virtual hosting access domain name is not used.'
complete -c ocr-err -n "__fish_ocr_err_using_subcommand explain" -f -a "WebsiteRedirect" -d 'The website request lacks bucketName.'
