_ocr__err() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="ocr__err"
                ;;
            ocr__err,check)
                cmd="ocr__err__subcmd__check"
                ;;
            ocr__err,completions)
                cmd="ocr__err__subcmd__completions"
                ;;
            ocr__err,explain)
                cmd="ocr__err__subcmd__explain"
                ;;
            ocr__err,help)
                cmd="ocr__err__subcmd__help"
                ;;
            ocr__err,list)
                cmd="ocr__err__subcmd__list"
                ;;
            ocr__err,manpage)
                cmd="ocr__err__subcmd__manpage"
                ;;
            ocr__err,parse)
                cmd="ocr__err__subcmd__parse"
                ;;
            ocr__err,search)
                cmd="ocr__err__subcmd__search"
                ;;
            ocr__err__subcmd__help,check)
                cmd="ocr__err__subcmd__help__subcmd__check"
                ;;
            ocr__err__subcmd__help,completions)
                cmd="ocr__err__subcmd__help__subcmd__completions"
                ;;
            ocr__err__subcmd__help,explain)
                cmd="ocr__err__subcmd__help__subcmd__explain"
                ;;
            ocr__err__subcmd__help,help)
                cmd="ocr__err__subcmd__help__subcmd__help"
                ;;
            ocr__err__subcmd__help,list)
                cmd="ocr__err__subcmd__help__subcmd__list"
                ;;
            ocr__err__subcmd__help,manpage)
                cmd="ocr__err__subcmd__help__subcmd__manpage"
                ;;
            ocr__err__subcmd__help,parse)
                cmd="ocr__err__subcmd__help__subcmd__parse"
                ;;
            ocr__err__subcmd__help,search)
                cmd="ocr__err__subcmd__help__subcmd__search"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        ocr__err)
            opts="-f -l -h -V --format --lang --color --ascii --hyperlinks --paging --help --version completions manpage search parse check help explain list"
            if [[ ${COMP_CWORD} -eq 1 && ${cur} == *[0-9.]* ]] ; then
                COMPREPLY=( $(compgen -W "AIS.0000 AIS.0101 AIS.0102 AIS.0103 AIS.0104 AIS.0105 AIS.0117 AIS.0118 AIS.0119 AIS.0120 AIS.0121 AIS.0122 APIG.0101 APIG.0103 APIG.0104 APIG.0105 APIG.0106 APIG.0107 APIG.0108 APIG.0201 APIG.0202 APIG.0203 APIG.0204 APIG.0205 APIG.0301 APIG.0302 APIG.0303 APIG.0304 APIG.0305 APIG.0306 APIG.0307 APIG.0308 APIG.0310 APIG.0311 APIG.0312 APIG.0313 APIG.0314 APIG.0401 APIG.0402 APIG.0404 APIG.0405 APIG.0501 APIG.0502 APIG.0601 APIG.0602 APIG.0605 APIG.0606 APIG.0607 APIG.0608 APIG.0609 APIG.0610 APIG.0611 APIG.0612 APIG.0613 APIG.0615 APIG.0616 APIG.0617 APIG.0705 APIG.0802 APIG.1001 APIG.1002 APIG.1003 APIG.1004 APIG.1009 APIG.2102 APIG.2201 APIG.2202 APIG.2203 APIG.2204 APIG.2205 APIG.2206 APIG.2208 APIG.2209 APIG.2210 APIG.2211 APIG.2212 APIG.2213 APIGW.0101 APIGW.0103 APIGW.0104 APIGW.0105 APIGW.0106 APIGW.0201 APIGW.0301 APIGW.0302 APIGW.0303 APIGW.0304 APIGW.0305 APIGW.0306 APIGW.0307 APIGW.0308 APIGW.0310 APIGW.0311 APIGW.0401 APIGW.0402 APIGW.0404 APIGW.0501 APIGW.0502 APIGW.0601 APIGW.0602 APIGW.0605 APIGW.0606 APIGW.0607 APIGW.0608 APIGW.0609 APIGW.0610 APIGW.0611 APIGW.0612 APIGW.0613 APIGW.0705 APIGW.0801 APIGW.0802 AccessDenied AccessForbidden AllAccessDisabled BadDigest BadDomainName BadRequest BucketAlreadyExists BucketAlreadyOwnedByYou BucketNotEmpty CallTimeoutException ConnectionException ConnectionTimeoutException CredentialsTypeError CustomDomainAreadyExist CustomDomainNotExist DeregisterUserId DirectoryNotEmpty EntityTooLarge EntityTooSmall FileGatewayBucket ForbidAnonReqOverwriteRespHead FsNotSupport FsObjectConflict FsRenameConflict HostUnreachableException IAM.0001 IAM.0002 IAM.0003 IAM.0004 IAM.0006 IAM.0007 IAM.0009 IAM.0011 IAM.0012 IAM.0020 IAM.0061 IAM.0062 IAM.0063 IAM.0064 IAM.0066 IAM.0067 IAM.0072 IAM.0073 IAM.0080 IAM.0081 IAM.0082 IAM.0083 IAM.1061 IAM.1101 IAM.1102 IAM.1103 IAM.1104 IAM.1105 IAM.1106 IAM.1107 IAM.1108 IAM.1109 IllegalLocationConstraintException InArrearOrInsufficientBalance IncompleteBody InsufficientStorageSpace InternalError InvalidAccessKeyId InvalidArgument InvalidBucket InvalidBucketName InvalidBucketState InvalidContentLength InvalidDefaultStorageClass InvalidEncryptionAlgorithmError InvalidLocationConstraint InvalidObjectState InvalidPart InvalidPartOrder InvalidPolicyDocument InvalidRange InvalidRedirectLocation InvalidRequest InvalidRequestBody InvalidTargetBucketForLogging KeyTooLongError MalformedACLError MalformedError MalformedLoggingStatus MalformedPolicy MalformedQuotaError MalformedXML MaxMessageLengthExceeded MetadataTooLarge MethodNotAllowed MissingContentLength MissingRegion MissingRequestBodyError MissingRequiredHeader MissingSecurityHeader ModelArts.0201 ModelArts.0202 ModelArts.0203 ModelArts.0204 ModelArts.0205 ModelArts.0206 ModelArts.0207 ModelArts.0208 ModelArts.0209 ModelArts.0210 ModelArts.0212 ModelArts.4101 ModelArts.4102 ModelArts.4103 ModelArts.4104 ModelArts.4105 ModelArts.4106 ModelArts.4107 ModelArts.4201 ModelArts.4202 ModelArts.4203 ModelArts.4204 ModelArts.4205 ModelArts.4206 ModelArts.4301 ModelArts.4302 ModelArts.4401 ModelArts.4402 ModelArts.4403 ModelArts.4502 ModelArts.4503 ModelArts.4504 ModelArts.4505 ModelArts.4506 ModelArts.4507 ModelArts.4508 ModelArts.4601 ModelArts.4603 ModelArts.4700 ModelArts.4702 ModelArts.4703 ModelArts.4704 ModelArts.4705 ModelArts.4706 ModelArts.4707 ModelArts.4801 ModelArts.4901 ModelArts.4902 ModelArts.4903 ModelArts.4904 ModelArts.4905 MultipleContentLengths NoSuchBucket NoSuchBucketPolicy NoSuchCORSConfiguration NoSuchCustomDomain NoSuchKey NoSuchLifecycleConfiguration NoSuchUpload NoSuchVersion NoSuchWebsiteConfiguration NotSignedUp ObjectNotAppendable OperationAborted PermanentRedirect PreconditionFailed ReadTimeout RequestPayerDenied RequestTimeTooSkewed RequestTimeout RequestTimeoutException RetryOutageException SdkException ServiceNotImplemented ServiceNotSupported ServiceResponseException ServiceUnavailable SignatureDoesNotMatch SlowDown SslHandShakeException TemporaryRedirect TooManyBuckets TooManyCustomDomains TooManyRequests TooManyWrongSignature Unauthorized UnexpectedContent UserKeyMustBeSpecified VirtualHostDomainRequired WebsiteRedirect" | awk -v c="${cur,,}" 'index(tolower($0), c) == 1') )
                return 0
            fi
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --hyperlinks)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__check)
            opts="-f -l -a -h -V --format --lang --color --ascii --hyperlinks --paging --api --sk-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --hyperlinks)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --api)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -a)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --sk-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__completions)
            opts="-h -V --help --version bash zsh fish powershell elvish"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__explain)
            opts="-f -l -b -t -h -V --format --lang --color --ascii --hyperlinks --paging --brief --table --help --version AIS.0000 AIS.0101 AIS.0102 AIS.0103 AIS.0104 AIS.0105 AIS.0117 AIS.0118 AIS.0119 AIS.0120 AIS.0121 AIS.0122 APIG.0101 APIG.0103 APIG.0104 APIG.0105 APIG.0106 APIG.0107 APIG.0108 APIG.0201 APIG.0202 APIG.0203 APIG.0204 APIG.0205 APIG.0301 APIG.0302 APIG.0303 APIG.0304 APIG.0305 APIG.0306 APIG.0307 APIG.0308 APIG.0310 APIG.0311 APIG.0312 APIG.0313 APIG.0314 APIG.0401 APIG.0402 APIG.0404 APIG.0405 APIG.0501 APIG.0502 APIG.0601 APIG.0602 APIG.0605 APIG.0606 APIG.0607 APIG.0608 APIG.0609 APIG.0610 APIG.0611 APIG.0612 APIG.0613 APIG.0615 APIG.0616 APIG.0617 APIG.0705 APIG.0802 APIG.1001 APIG.1002 APIG.1003 APIG.1004 APIG.1009 APIG.2102 APIG.2201 APIG.2202 APIG.2203 APIG.2204 APIG.2205 APIG.2206 APIG.2208 APIG.2209 APIG.2210 APIG.2211 APIG.2212 APIG.2213 APIGW.0101 APIGW.0103 APIGW.0104 APIGW.0105 APIGW.0106 APIGW.0201 APIGW.0301 APIGW.0302 APIGW.0303 APIGW.0304 APIGW.0305 APIGW.0306 APIGW.0307 APIGW.0308 APIGW.0310 APIGW.0311 APIGW.0401 APIGW.0402 APIGW.0404 APIGW.0501 APIGW.0502 APIGW.0601 APIGW.0602 APIGW.0605 APIGW.0606 APIGW.0607 APIGW.0608 APIGW.0609 APIGW.0610 APIGW.0611 APIGW.0612 APIGW.0613 APIGW.0705 APIGW.0801 APIGW.0802 AccessDenied AccessForbidden AllAccessDisabled BadDigest BadDomainName BadRequest BucketAlreadyExists BucketAlreadyOwnedByYou BucketNotEmpty CallTimeoutException ConnectionException ConnectionTimeoutException CredentialsTypeError CustomDomainAreadyExist CustomDomainNotExist DeregisterUserId DirectoryNotEmpty EntityTooLarge EntityTooSmall FileGatewayBucket ForbidAnonReqOverwriteRespHead FsNotSupport FsObjectConflict FsRenameConflict HostUnreachableException IAM.0001 IAM.0002 IAM.0003 IAM.0004 IAM.0006 IAM.0007 IAM.0009 IAM.0011 IAM.0012 IAM.0020 IAM.0061 IAM.0062 IAM.0063 IAM.0064 IAM.0066 IAM.0067 IAM.0072 IAM.0073 IAM.0080 IAM.0081 IAM.0082 IAM.0083 IAM.1061 IAM.1101 IAM.1102 IAM.1103 IAM.1104 IAM.1105 IAM.1106 IAM.1107 IAM.1108 IAM.1109 IllegalLocationConstraintException InArrearOrInsufficientBalance IncompleteBody InsufficientStorageSpace InternalError InvalidAccessKeyId InvalidArgument InvalidBucket InvalidBucketName InvalidBucketState InvalidContentLength InvalidDefaultStorageClass InvalidEncryptionAlgorithmError InvalidLocationConstraint InvalidObjectState InvalidPart InvalidPartOrder InvalidPolicyDocument InvalidRange InvalidRedirectLocation InvalidRequest InvalidRequestBody InvalidTargetBucketForLogging KeyTooLongError MalformedACLError MalformedError MalformedLoggingStatus MalformedPolicy MalformedQuotaError MalformedXML MaxMessageLengthExceeded MetadataTooLarge MethodNotAllowed MissingContentLength MissingRegion MissingRequestBodyError MissingRequiredHeader MissingSecurityHeader ModelArts.0201 ModelArts.0202 ModelArts.0203 ModelArts.0204 ModelArts.0205 ModelArts.0206 ModelArts.0207 ModelArts.0208 ModelArts.0209 ModelArts.0210 ModelArts.0212 ModelArts.4101 ModelArts.4102 ModelArts.4103 ModelArts.4104 ModelArts.4105 ModelArts.4106 ModelArts.4107 ModelArts.4201 ModelArts.4202 ModelArts.4203 ModelArts.4204 ModelArts.4205 ModelArts.4206 ModelArts.4301 ModelArts.4302 ModelArts.4401 ModelArts.4402 ModelArts.4403 ModelArts.4502 ModelArts.4503 ModelArts.4504 ModelArts.4505 ModelArts.4506 ModelArts.4507 ModelArts.4508 ModelArts.4601 ModelArts.4603 ModelArts.4700 ModelArts.4702 ModelArts.4703 ModelArts.4704 ModelArts.4705 ModelArts.4706 ModelArts.4707 ModelArts.4801 ModelArts.4901 ModelArts.4902 ModelArts.4903 ModelArts.4904 ModelArts.4905 MultipleContentLengths NoSuchBucket NoSuchBucketPolicy NoSuchCORSConfiguration NoSuchCustomDomain NoSuchKey NoSuchLifecycleConfiguration NoSuchUpload NoSuchVersion NoSuchWebsiteConfiguration NotSignedUp ObjectNotAppendable OperationAborted PermanentRedirect PreconditionFailed ReadTimeout RequestPayerDenied RequestTimeTooSkewed RequestTimeout RequestTimeoutException RetryOutageException SdkException ServiceNotImplemented ServiceNotSupported ServiceResponseException ServiceUnavailable SignatureDoesNotMatch SlowDown SslHandShakeException TemporaryRedirect TooManyBuckets TooManyCustomDomains TooManyRequests TooManyWrongSignature Unauthorized UnexpectedContent UserKeyMustBeSpecified VirtualHostDomainRequired WebsiteRedirect"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --hyperlinks)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -W "ocr ocr-extra apig apigw iam iam-token sdk http obs" -- "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -W "ocr ocr-extra apig apigw iam iam-token sdk http obs" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" | awk -v c="${cur,,}" 'index(tolower($0), c) == 1') )
            return 0
            ;;
        ocr__err__subcmd__help)
            opts="completions manpage explain search parse check list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__help__subcmd__explain)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__help__subcmd__manpage)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__help__subcmd__parse)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__help__subcmd__search)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__list)
            opts="-f -l -m -h -V -s --format --lang --color --ascii --hyperlinks --paging --module --services --help --version --service"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --hyperlinks)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --module)
                    COMPREPLY=($(compgen -W "ocr platform apig apigw iam iam-token sdk http obs" -- "${cur}"))
                    return 0
                    ;;
                -m)
                    COMPREPLY=($(compgen -W "ocr platform apig apigw iam iam-token sdk http obs" -- "${cur}"))
                    return 0
                    ;;
                --service)
                    COMPREPLY=($(compgen -W "AIS ModelArts APIG APIGW APIC IAM PAP5 IIC Obs Ecs VPC ELB EVS DNS CSS FRS IS NLP SIS CCE CCE_CM SVCSTG.CCE-ADDONMGR DBS RDS DCS DMS SMN LTS ces CTS FSS KMS CSMS EPS CBC BSS TMS IMG AS SFS.TURBO DWS MRS DLI CDN WAF SVCSTG.SWR AOM APM RMS Organizations BMS CCI SVCSTG.AOS SVCSTG.S2I CPS GES LIVE NAT OMS SCM SDRS VOD EndPoint DSS BackupService DIS Cdm DLF SVCSTG.ATS SVCSTG.ATPS CFW CSBS HSS UCS VPN VolumeBackup AutoBackup DRS ASM COC IOTDA WKS" -- "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -W "AIS ModelArts APIG APIGW APIC IAM PAP5 IIC Obs Ecs VPC ELB EVS DNS CSS FRS IS NLP SIS CCE CCE_CM SVCSTG.CCE-ADDONMGR DBS RDS DCS DMS SMN LTS ces CTS FSS KMS CSMS EPS CBC BSS TMS IMG AS SFS.TURBO DWS MRS DLI CDN WAF SVCSTG.SWR AOM APM RMS Organizations BMS CCI SVCSTG.AOS SVCSTG.S2I CPS GES LIVE NAT OMS SCM SDRS VOD EndPoint DSS BackupService DIS Cdm DLF SVCSTG.ATS SVCSTG.ATPS CFW CSBS HSS UCS VPN VolumeBackup AutoBackup DRS ASM COC IOTDA WKS" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__manpage)
            opts="-h -V --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__parse)
            opts="-f -l -H -q -c -j -s -h -V --format --lang --color --ascii --hyperlinks --paging --with-filename --no-filename --hidden --no-ignore --quiet --count --files-with-errors --code --threads --summary --encoding --no-decompress --sk-file --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --hyperlinks)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --code)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --threads)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -j)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --encoding)
                    COMPREPLY=($(compgen -W "auto utf-8 utf-16 gb18030" -- "${cur}"))
                    return 0
                    ;;
                --sk-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=()
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -f -- "${cur}") )
            return 0
            ;;
        ocr__err__subcmd__search)
            opts="-f -l -n -m -a -h -V --format --lang --color --ascii --hyperlinks --paging --limit --module --all --full --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table plain json jsonl" -- "${cur}"))
                    return 0
                    ;;
                --lang)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "en zh both" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --hyperlinks)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --paging)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                -n)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --module)
                    COMPREPLY=($(compgen -W "ocr platform apig apigw iam iam-token sdk http obs" -- "${cur}"))
                    return 0
                    ;;
                -m)
                    COMPREPLY=($(compgen -W "ocr platform apig apigw iam iam-token sdk http obs" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _ocr__err -o nosort -o bashdefault -o default ocr-err
else
    complete -F _ocr__err -o bashdefault -o default ocr-err
fi
