
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ocr-err' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ocr-err'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ocr-err' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]')
            [CompletionResult]::new('--hyperlinks', '--hyperlinks', [CompletionResultType]::ParameterName, 'When links are also terminal hyperlinks (OSC 8); never without colour')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell')
            [CompletionResult]::new('manpage', 'manpage', [CompletionResultType]::ParameterValue, 'Print the man page (roff), to install as ocr-err.1')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search codes, messages, descriptions and fixes in both languages ("图片质量", "token expired")')
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Find and explain every error in pasted or piped text: a response body, curl -i or -v output, SDK exception text, whole log files')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a request before it is sent: a curl command (after --), a raw HTTP request or .http file, or with --api an image or JSON body for that API')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain one or more error codes (AIS.0104, ais0104, ＡＩＳ．０１０４, or a bare 4204)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every code in the catalog, one row each')
            break
        }
        'ocr-err;completions' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ocr-err;manpage' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ocr-err;search' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]')
            [CompletionResult]::new('--hyperlinks', '--hyperlinks', [CompletionResultType]::ParameterName, 'When links are also terminal hyperlinks (OSC 8); never without colour')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show at most this many hits (1 or more)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many hits (1 or more)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Only codes of this module')
            [CompletionResult]::new('--module', '--module', [CompletionResultType]::ParameterName, 'Only codes of this module')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Also the weak hits: those scoring under a fifth of the best hit''s score')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also the weak hits: those scoring under a fifth of the best hit''s score')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show each hit''s texts whole, wrapped, instead of cut to one line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ocr-err;parse' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]')
            [CompletionResult]::new('--hyperlinks', '--hyperlinks', [CompletionResultType]::ParameterName, 'When links are also terminal hyperlinks (OSC 8); never without colour')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Only errors whose code matches this pattern (any case; * and ? as in a shell: APIGW.*, "HTTP 4??"); may be given more than once')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'How many files to scan at once (default, or 0: one per two cores, as each file''s scan keeps two busy); each file''s errors are still printed together, in input order')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'How many files to scan at once (default, or 0: one per two cores, as each file''s scan keeps two busy); each file''s errors are still printed together, in input order')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The input''s text encoding; auto follows a byte-order mark (UTF-16), or the NUL bytes of UTF-16 without one, else takes GB18030 when the input is not UTF-8 but is GB18030')
            [CompletionResult]::new('--sk-file', '--sk-file', [CompletionResultType]::ParameterName, 'Read the secret key a request''s signature is recomputed with from this file (else HUAWEICLOUD_SDK_SK); it is never printed')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Name each finding''s file (the default with more than one input, or a folder)')
            [CompletionResult]::new('--with-filename', '--with-filename', [CompletionResultType]::ParameterName, 'Name each finding''s file (the default with more than one input, or a folder)')
            [CompletionResult]::new('--no-filename', '--no-filename', [CompletionResultType]::ParameterName, 'Never name the file a finding came from')
            [CompletionResult]::new('--hidden', '--hidden', [CompletionResultType]::ParameterName, 'In folders, read hidden files and folders too')
            [CompletionResult]::new('--no-ignore', '--no-ignore', [CompletionResultType]::ParameterName, 'In folders, read the files .gitignore, .ignore and .rgignore leave out too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing: the exit status says whether an error was found')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing: the exit status says whether an error was found')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Print how many errors each input holds, not the errors')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print how many errors each input holds, not the errors')
            [CompletionResult]::new('--files-with-errors', '--files-with-errors', [CompletionResultType]::ParameterName, 'Print the name of each input that holds an error, not the errors (grep''s -l; here -l is --lang)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'One row per code and HTTP status with its count, most frequent first, and totals')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'One row per code and HTTP status with its count, most frequent first, and totals')
            [CompletionResult]::new('--no-decompress', '--no-decompress', [CompletionResultType]::ParameterName, 'Read compressed input (gzip, zstd, bzip2, xz: told by its first bytes) as it is, rather than decompressing it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ocr-err;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]')
            [CompletionResult]::new('--hyperlinks', '--hyperlinks', [CompletionResultType]::ParameterName, 'When links are also terminal hyperlinks (OSC 8); never without colour')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The OCR API the file is for (general-text, id-card, …): the file is the image to send, or the request''s JSON body')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'The OCR API the file is for (general-text, id-card, …): the file is the image to send, or the request''s JSON body')
            [CompletionResult]::new('--sk-file', '--sk-file', [CompletionResultType]::ParameterName, 'Read the secret key the signature is recomputed with from this file (else HUAWEICLOUD_SDK_SK); it is never printed')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ocr-err;help' {
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell')
            [CompletionResult]::new('manpage', 'manpage', [CompletionResultType]::ParameterValue, 'Print the man page (roff), to install as ocr-err.1')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain one or more error codes (AIS.0104, ais0104, ＡＩＳ．０１０４, or a bare 4204)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search codes, messages, descriptions and fixes in both languages ("图片质量", "token expired")')
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Find and explain every error in pasted or piped text: a response body, curl -i or -v output, SDK exception text, whole log files')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a request before it is sent: a curl command (after --), a raw HTTP request or .http file, or with --api an image or JSON body for that API')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every code in the catalog, one row each')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ocr-err;help;completions' {
            break
        }
        'ocr-err;help;manpage' {
            break
        }
        'ocr-err;help;explain' {
            break
        }
        'ocr-err;help;search' {
            break
        }
        'ocr-err;help;parse' {
            break
        }
        'ocr-err;help;check' {
            break
        }
        'ocr-err;help;list' {
            break
        }
        'ocr-err;help;help' {
            break
        }
        'ocr-err;explain' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]')
            [CompletionResult]::new('--hyperlinks', '--hyperlinks', [CompletionResultType]::ParameterName, 'When links are also terminal hyperlinks (OSC 8); never without colour')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only what this source table says of each code (a code several tables document, such as APIG.0301, prints one table''s entry)')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Only what this source table says of each code (a code several tables document, such as APIG.0301, prints one table''s entry)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'One line per code: code, status, message and first fix (table and plain output; JSON keeps the whole record)')
            [CompletionResult]::new('--brief', '--brief', [CompletionResultType]::ParameterName, 'One line per code: code, status, message and first fix (table and plain output; JSON keeps the whole record)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ocr-err;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, one record per line, JSON, or JSON Lines for streams')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the explanations and labels (the API''s own message is always shown as it arrives) [default: both; env: OCR_ERR_LANG]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR]')
            [CompletionResult]::new('--hyperlinks', '--hyperlinks', [CompletionResultType]::ParameterName, 'When links are also terminal hyperlinks (OSC 8); never without colour')
            [CompletionResult]::new('--paging', '--paging', [CompletionResultType]::ParameterName, 'When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX); auto pages output taller than the terminal, except parse reading standard input')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Only codes of this module')
            [CompletionResult]::new('--module', '--module', [CompletionResultType]::ParameterName, 'Only codes of this module')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only codes of this service: its prefix (IAM, Ecs) or a part of its name in either language (云解析); for a service the catalog holds no codes of, where they are explained')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only codes of this service: its prefix (IAM, Ecs) or a part of its name in either language (云解析); for a service the catalog holds no codes of, where they are explained')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw with ASCII characters only (for terminals that draw box characters, arrows or curly quotes double-width); text from the catalog or the input is left as it is')
            [CompletionResult]::new('--services', '--services', [CompletionResultType]::ParameterName, 'List the services whose codes a prefix tells, with where each explains its codes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
