# bash completion for bescore. Options and values are kept in step with `bescore --help` by
# tests/cli/test_install.py; rule ids for `explain` come from the installed binary (`bescore rules`).

_bescore_rule_ids() {
  local rules=backend i
  for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
    [[ ${COMP_WORDS[i]} == --rules ]] && rules=${COMP_WORDS[i + 1]}
  done
  "${COMP_WORDS[0]}" rules --rules "$rules" 2>/dev/null | awk '$1 ~ /^[0-9]+$/ && $2 ~ /\// {print $2}'
}

_bescore() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local options="--help --version -V --rules --format --summary --fail-under --fail-on --dump-text --as-ats
    --color --no-color --width --all --stdin-filename -o --max-findings --job --out --annotate --config --no-config --skip-non-resumes --max-size --max-pages --max-text --timeout"
  local batch_options="--help --jobs -j --out -o --rules --reports --timeout --redact --fail-under --fail-on --max-size
    --max-pages --max-text --job --exclude --merge --stats"
  local formats="text json jsonl line github sarif html"
  local rulesets="backend backend-new-grad backend-senior mobile-to-backend platform auto"
  local commands="explain rules diff batch"

  local command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in explain | rules | diff | batch) command=${COMP_WORDS[i]}; break ;; esac
  done

  case $prev in
    --format) COMPREPLY=($(compgen -W "$formats" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "error warning" -- "$cur")); return ;;
    --rules)
      COMPREPLY=($(compgen -W "$rulesets" -- "$cur") $(compgen -f -X '!*.json' -- "$cur"))
      return ;;
    --reports) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --fail-under | --max-findings | --width | --stdin-filename | --max-size | --max-pages | --max-text | --timeout | --jobs | -j) return ;;
    --summary | --job | --out | -o | --annotate | --config)
      COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac

  case $command in
    explain)
      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "--help --rules" -- "$cur"))
      else COMPREPLY=($(compgen -W "$(_bescore_rule_ids)" -- "$cur")); fi
      return ;;
    rules) COMPREPLY=($(compgen -W "--help --rules" -- "$cur")); return ;;
    batch)
      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$batch_options" -- "$cur"))
      else COMPREPLY=($(compgen -f -- "$cur")); fi
      return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$commands" -- "$cur") $(compgen -f -- "$cur"))
  fi
}

complete -o filenames -o bashdefault -F _bescore bescore
