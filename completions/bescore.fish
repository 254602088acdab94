# fish completion for bescore. Options and values are kept in step with `bescore --help` by
# tests/cli/test_install.py; rule ids for `explain` come from the installed binary (`bescore rules`).

set -l commands explain rules diff batch
set -l rulesets backend backend-new-grad backend-senior mobile-to-backend platform auto

function __bescore_rule_ids
    bescore rules 2>/dev/null | awk '$1 ~ /^[0-9]+$/ && $2 ~ /\// {print $2}'
end

complete -c bescore -f -n "not __fish_seen_subcommand_from $commands" -a explain -d 'Why a rule exists'
complete -c bescore -f -n "not __fish_seen_subcommand_from $commands" -a rules -d 'The rules of the set'
complete -c bescore -f -n "not __fish_seen_subcommand_from $commands" -a diff -d 'What changed between two versions'
complete -c bescore -f -n "not __fish_seen_subcommand_from $commands" -a batch -d 'Score a cohort'
complete -c bescore -n "not __fish_seen_subcommand_from explain rules" -F

complete -c bescore -s h -l help -d 'Show help'
complete -c bescore -s V -l version -d 'Print the version'
complete -c bescore -l color -x -a 'auto always never' -d 'Colours in the text report'
complete -c bescore -l width -x -d 'Columns to wrap the text report to'
complete -c bescore -l all -d 'Show every finding'
complete -c bescore -l stdin-filename -x -d 'The name standard input goes by'
complete -c bescore -l rules -r -a "$rulesets" -d 'Rule set: built-in name, auto or a JSON file'
complete -c bescore -l format -x -a 'text json jsonl line github sarif html' -d 'Output format'
complete -c bescore -l summary -r -F -d 'Append a Markdown summary to FILE'
complete -c bescore -l fail-under -x -d 'Exit 1 when a score is below N'
complete -c bescore -l fail-on -x -a 'error warning' -d 'Exit 1 on a finding this severe'
complete -c bescore -l dump-text -d 'Print what bescore read'
complete -c bescore -l as-ats -d 'The text a plain extractor gets (with --dump-text)'
complete -c bescore -l no-color -d 'No colours'
complete -c bescore -l max-findings -x -d 'Show at most N findings'
complete -c bescore -l job -r -F -d 'Match against a job posting'
complete -c bescore -s o -l out -r -F -d 'Write the report to FILE'
complete -c bescore -l annotate -r -F -d 'Write an annotated copy of the PDF'
complete -c bescore -l config -r -F -d 'Settings file'
complete -c bescore -l no-config -d 'Ignore .bescore.json files'
complete -c bescore -l skip-non-resumes -d 'Skip a file that is not a resume, with a note'
complete -c bescore -l max-size -x -d 'Largest input file in MB'
complete -c bescore -l max-pages -x -d 'Most PDF pages read'
complete -c bescore -l max-text -x -d 'Most characters of extracted text'
complete -c bescore -l timeout -x -d 'Stop a file after SECONDS'

complete -c bescore -f -n '__fish_seen_subcommand_from explain' -a '(__bescore_rule_ids)' -d 'Rule id'
complete -c bescore -n '__fish_seen_subcommand_from batch' -s j -l jobs -x -d 'Files scored at once'
complete -c bescore -n '__fish_seen_subcommand_from batch' -s o -r -F -d 'Write the cohort to FILE (.csv, .jsonl, .html)'
complete -c bescore -n '__fish_seen_subcommand_from batch' -l reports -x -a '(__fish_complete_directories)' -d 'HTML report per resume into DIR'
complete -c bescore -n '__fish_seen_subcommand_from batch' -l redact -d 'Replace names, emails, phones and URLs with placeholders'
complete -c bescore -n '__fish_seen_subcommand_from batch' -l exclude -x -d 'Leave out paths matching GLOB'
complete -c bescore -n '__fish_seen_subcommand_from batch' -l merge -d 'Join JSON Lines shards into one cohort'
complete -c bescore -n '__fish_seen_subcommand_from batch' -l stats -d 'Print the batch process peak memory and CPU time'
