
use builtin;
use str;

set edit:completion:arg-completer[ocr-err] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ocr-err'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ocr-err'= {
            cand -f 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand --format 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand -l 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --lang 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --color 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]'
            cand --hyperlinks 'When links are also terminal hyperlinks (OSC 8); never without colour'
            cand --paging 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input'
            cand --ascii 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand completions 'Print the completion script for a shell'
            cand manpage 'Print the man page (roff), to install as ocr-err.1'
            cand search 'Search codes, messages, descriptions and fixes in both languages ("图片质量", "token expired")'
            cand parse 'Find and explain every error in pasted or piped text: a response body, curl -i or -v output, SDK exception text, whole log files'
            cand check 'Check a request before it is sent: a curl command (after --), a raw HTTP request or .http file, or with --api an image or JSON body for that API'
            cand help 'Print this message or the help of the given subcommand(s)'
            cand explain 'Explain one or more error codes (AIS.0104, ais0104, ＡＩＳ．０１０４, or a bare 4204)'
            cand list 'List every code in the catalog, one row each'
        }
        &'ocr-err;completions'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ocr-err;manpage'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ocr-err;search'= {
            cand -f 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand --format 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand -l 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --lang 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --color 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]'
            cand --hyperlinks 'When links are also terminal hyperlinks (OSC 8); never without colour'
            cand --paging 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input'
            cand -n 'Show at most this many hits (1 or more)'
            cand --limit 'Show at most this many hits (1 or more)'
            cand -m 'Only codes of this module'
            cand --module 'Only codes of this module'
            cand --ascii 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
            cand -a 'Also the weak hits: those scoring under a fifth of the best hit''s score'
            cand --all 'Also the weak hits: those scoring under a fifth of the best hit''s score'
            cand --full 'Show each hit''s texts whole, wrapped, instead of cut to one line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ocr-err;parse'= {
            cand -f 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand --format 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand -l 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --lang 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --color 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]'
            cand --hyperlinks 'When links are also terminal hyperlinks (OSC 8); never without colour'
            cand --paging 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input'
            cand --code 'Only errors whose code matches this pattern (any case; * and ? as in a shell: APIGW.*, "HTTP 4??"); may be given more than once'
            cand -j 'How many files to scan at once (default, or 0: one per two cores, as each file''s scan keeps two busy); each file''s errors are still printed together, in input order'
            cand --threads 'How many files to scan at once (default, or 0: one per two cores, as each file''s scan keeps two busy); each file''s errors are still printed together, in input order'
            cand --encoding 'The input''s text encoding; auto follows a byte-order mark (UTF-16), or the NUL bytes of UTF-16 without one, else takes GB18030 when the input is not UTF-8 but is GB18030'
            cand --sk-file 'Read the secret key a request''s signature is recomputed with from this file (else HUAWEICLOUD_SDK_SK); it is never printed'
            cand --ascii 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
            cand -H 'Name each finding''s file (the default with more than one input, or a folder)'
            cand --with-filename 'Name each finding''s file (the default with more than one input, or a folder)'
            cand --no-filename 'Never name the file a finding came from'
            cand --hidden 'In folders, read hidden files and folders too'
            cand --no-ignore 'In folders, read the files .gitignore, .ignore and .rgignore leave out too'
            cand -q 'Print nothing: the exit status says whether an error was found'
            cand --quiet 'Print nothing: the exit status says whether an error was found'
            cand -c 'Print how many errors each input holds, not the errors'
            cand --count 'Print how many errors each input holds, not the errors'
            cand --files-with-errors 'Print the name of each input that holds an error, not the errors (grep''s -l; here -l is --lang)'
            cand -s 'One row per code and HTTP status with its count, most frequent first, and totals'
            cand --summary 'One row per code and HTTP status with its count, most frequent first, and totals'
            cand --no-decompress 'Read compressed input (gzip, zstd, bzip2, xz: told by its first bytes) as it is, rather than decompressing it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ocr-err;check'= {
            cand -f 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand --format 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand -l 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --lang 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --color 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]'
            cand --hyperlinks 'When links are also terminal hyperlinks (OSC 8); never without colour'
            cand --paging 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input'
            cand -a 'The OCR API the file is for (general-text, id-card, …): the file is the image to send, or the request''s JSON body'
            cand --api 'The OCR API the file is for (general-text, id-card, …): the file is the image to send, or the request''s JSON body'
            cand --sk-file 'Read the secret key the signature is recomputed with from this file (else HUAWEICLOUD_SDK_SK); it is never printed'
            cand --ascii 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ocr-err;help'= {
            cand completions 'Print the completion script for a shell'
            cand manpage 'Print the man page (roff), to install as ocr-err.1'
            cand explain 'Explain one or more error codes (AIS.0104, ais0104, ＡＩＳ．０１０４, or a bare 4204)'
            cand search 'Search codes, messages, descriptions and fixes in both languages ("图片质量", "token expired")'
            cand parse 'Find and explain every error in pasted or piped text: a response body, curl -i or -v output, SDK exception text, whole log files'
            cand check 'Check a request before it is sent: a curl command (after --), a raw HTTP request or .http file, or with --api an image or JSON body for that API'
            cand list 'List every code in the catalog, one row each'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ocr-err;help;completions'= {
        }
        &'ocr-err;help;manpage'= {
        }
        &'ocr-err;help;explain'= {
        }
        &'ocr-err;help;search'= {
        }
        &'ocr-err;help;parse'= {
        }
        &'ocr-err;help;check'= {
        }
        &'ocr-err;help;list'= {
        }
        &'ocr-err;help;help'= {
        }
        &'ocr-err;explain'= {
            cand -f 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand --format 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand -l 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --lang 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --color 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]'
            cand --hyperlinks 'When links are also terminal hyperlinks (OSC 8); never without colour'
            cand --paging 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input'
            cand -t 'Only what this source table says of each code (a code several tables document, such as APIG.0301, prints one table''s entry)'
            cand --table 'Only what this source table says of each code (a code several tables document, such as APIG.0301, prints one table''s entry)'
            cand --ascii 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
            cand -b 'One line per code: code, status, message and first fix (table and plain output; JSON keeps the whole record)'
            cand --brief 'One line per code: code, status, message and first fix (table and plain output; JSON keeps the whole record)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ocr-err;list'= {
            cand -f 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand --format 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams'
            cand -l 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --lang 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]'
            cand --color 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]'
            cand --hyperlinks 'When links are also terminal hyperlinks (OSC 8); never without colour'
            cand --paging 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input'
            cand -m 'Only codes of this module'
            cand --module 'Only codes of this module'
            cand -s 'Only codes of this service: its prefix (IAM, Ecs) or a part of its name in either language (云解析); for a service the catalog holds no codes of, where they are explained'
            cand --service 'Only codes of this service: its prefix (IAM, Ecs) or a part of its name in either language (云解析); for a service the catalog holds no codes of, where they are explained'
            cand --ascii 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is'
            cand --services 'List the services whose codes a prefix tells, with where each explains its codes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
    ]
    $completions[$command]
}
