# English catalogue, in Project Fluent (https://projectfluent.org): `id = text`,
# `{ $name }` filled in at run time, counts through plural selectors. Dates and numbers
# come formatted from the program. Ids are the old `area.name` keys with '-' for '.'.
tab-stakeholders = Stakeholders
tab-networks = Mini-networks
tab-sessions = Round tables
tab-sharing = Sharing rules

ui-too_small = Window too small ({ $w }×{ $h }): roundtable needs at least { $min_w }×{ $min_h }.
ui-loading = Loading…
ui-database = roundtable
ui-records = { $n } { $n ->
        [one] stakeholder
       *[other] stakeholders
    }
status-saved = Saved.
error-newer = This database was written by a newer roundtable (schema { $found }; this version reads up to { $supported }).

confirm-title = Confirm?
confirm-quit_unsaved = Something is not saved yet. Quit anyway? (y/n)
help-title = Keys

key-confirm_yes = yes
key-confirm_no = no
key-close_help = close
key-scroll_up = scroll up
key-scroll_down = scroll down
key-up = up
key-down = down
key-page_up = page up
key-page_down = page down
key-top = first
key-bottom = last
key-next_tab = next tab
key-prev_tab = previous tab
key-tab_stakeholders = Stakeholders tab
key-tab_networks = Mini-networks tab
key-tab_sessions = Round tables tab
key-tab_sharing = Sharing rules tab
key-reload = reload from the database
key-help = help
key-back = back
key-quit = quit

col-name = Name
col-organisation = Organisation
col-sector = Sector
col-network = Network
col-tier = Tier
col-kind = Kind
col-lead = Lead
col-members = Members
col-date = Date
col-title = Title
col-status = Status
col-cases = Cases
col-open_actions = Actions
col-rule = Rule
col-active = Active

empty-stakeholders = No stakeholders yet.
empty-networks = No mini-networks yet.
empty-sessions = No round-table sessions yet.
empty-rules = No sharing rules yet.
empty-agreement = No sharing agreement recorded yet.

field-communities = Reaches
field-referred_by = Referred by
field-contact = Contact
field-cadence = Keep in touch
field-every_days = every { $n } { $n ->
        [one] day
       *[other] days
    }
field-shared_goal = Shared goal
field-selection = Why at the table
field-contact_point = Contact point
field-missing_sectors = Missing
field-chair = Chair
field-attendance_counts = { $invited } invited · { $present } present · { $excused } excused · { $absent } absent
field-purpose = Purpose
field-legal_basis = Legal basis
field-default_labels = Defaults

formality-formal = formal
formality-informal = informal
tier-practitioner = practitioner
tier-policy = policy

sector-local_authority = Local authority
sector-police = Police
sector-justice = Justice
sector-mental_health = Mental health
sector-health = Health care
sector-education = Education
sector-social_welfare = Social welfare
sector-youth_work = Youth work
sector-religious = Religious
sector-sports = Sports
sector-culture = Culture
sector-community = Community
sector-business = Local business
sector-housing = Housing
sector-employment = Employment
sector-other = Other

network_kind-sector = sector
network_kind-area = area
network_kind-theme = theme
network_kind-community = community

session_status-planned = planned
session_status-in_progress = in progress
session_status-closed = closed

case_status-signalled = signalled
case_status-triage = triage
case_status-in_discussion = in discussion
case_status-follow_up = follow-up
case_status-closed = closed

tlp-red = For the eyes and ears of individual recipients only, no further disclosure.
tlp-amber_strict = Restricts sharing to the recipient's organization only, on a need-to-know basis.
tlp-amber = Limited disclosure, recipients can only spread this on a need-to-know basis within their organization and its clients.
tlp-green = Limited disclosure, recipients can spread this within their community.
tlp-clear = Recipients can spread this to the world, there is no limit on disclosure.
pap-red = No action that could be noticed by the subject.
pap-amber = Passive checks only.
pap-green = Active action allowed.
pap-clear = No restriction.

rule_kind-case_need_to_know = case need-to-know
rule_kind-no_criminal_use = no criminal use
rule_kind-custom = agreed rule

sharing-labels = Labels (TLP 2.0 and PAP)
sharing-agreement = Sharing agreement
sharing-rules = Rules

key-pick = pick
key-cancel = cancel
key-save = save
key-next_field = next field
key-prev_field = previous field
key-choose = next or list
key-keep_filter = keep filter
key-clear_filter = clear filter
key-new = new
key-edit = edit
key-open = open
key-back_to_list = back to the list
key-log_contact = log contact
key-filter = filter
key-quick_filter = quick filter
key-sector_filter = filter by sector
key-sort = sort
key-reverse_sort = reverse sort
key-archive = archive/delete
key-restore = restore archived
key-show_archived = show archived

col-last_contact = Last
col-cadence = Contact

age-days = { $n } d
cadence-overdue = ⚠ { $n } d
cadence-never = ⚠ never
cadence-due = due { $n } d
cadence-ok = ok
cadence-overdue_long = overdue by { $n } { $n ->
        [one] day
       *[other] days
    }
cadence-never_long = never contacted yet
cadence-due_long = next contact due in { $n } { $n ->
        [one] day
       *[other] days
    }
cadence-none = no rhythm set

quick-all = all
quick-overdue = overdue contacts
quick-key_figures = key figures
quick-informal = informal network
quick-policy = policy tier
quick-practitioners = practitioners
quick-only_problems = only contacted about problems
quick-takes_only = take but never give
quick-sector = sector
quick-with_archived = with archived

archived = archived
warn-only_problems = ⚠ Only ever contacted about problems: keep in touch without one too.
warn-takes_only = ⚠ takes but never gives
reciprocity-line = gave { $given } · received { $received }
field-reciprocity = Reciprocity
field-referred = Referred
field-networks = Networks
field-trainings = Trainings
field-contact_log = Contact log
field-notes = Notes
field-name = Name
field-organisation = Organisation
field-role = Role
field-sector = Sector
field-sector_other = Other sector
field-formality = Formal/informal
field-tier = Tier
field-key_figure = Key figure
field-phone = Phone
field-email = E-mail
field-date = Date
field-channel = Channel
field-purpose_contact = Purpose
field-summary = Summary

channel-meeting = meeting
channel-phone = phone
channel-email = e-mail
channel-visit = visit
channel-event = event
channel-other = other
purpose-maintenance = maintenance
purpose-problem = problem

form-new_stakeholder = New stakeholder
form-edit_stakeholder = Edit { $name }
form-log_contact = Contact with { $name }
form-none = (none)
form-saving = saving…
form-hint = Tab/S-Tab move · Enter next field · Ctrl-S save · Esc cancel

invalid-required = required
invalid-email = not an e-mail address
invalid-phone = not a phone number
invalid-days = a number of days, 1 to 3650
invalid-date = not a date: try 2026-11-29, today, +7d, -2w
invalid-self_referral = cannot refer themselves

picker-count = { $n } of { $total }
confirm-discard = Discard your changes? (y/n)
confirm-delete = Delete { $name } for good? Nothing refers to them. (y/n)
status-archived = { $name } archived (u restores it).
status-restored = { $name } restored.
status-deleted = Deleted.

tab-cases = Cases
col-reference = Case
col-referred_by = Referred by
col-review = Review
empty-cases = No cases yet.
field-case_summary = Summary (no names)
field-closure_reason = Closed because
field-explanation = Explanation
field-onward_referral = Referred on to
field-reference = Reference
field-review = Next review
field-lead = Lead partner
field-time = Time
field-title = Title
field-invitees = Invitees
field-invite_network = Invite a network
field-propose_agenda = Propose agenda
form-default_session_title = Partner round table
form-new_session = New round-table session
form-new_case = New case
form-edit_case = Edit { $case }
form-close_case = Close { $case }
invalid-case_ref = a reference like RT-2026-001
invalid-case_ref_taken = this reference is taken
invalid-time = a time like 14:00
confirm-close_session = Close this session? Its summary will be shown. (y/n)

closure-resolved = resolved
closure-signposted = signposted elsewhere
closure-moved_away = moved away
closure-handed_over = handed over
closure-other = other

case-timeline = Timeline
case-discussed = discussed at { $session }
case-status_change = status { $from } → { $to } by { $by }
case-file_title = Case file { $case }

key-add_to_agenda = add to a session
key-attendance = attendance
key-case_status = case status
key-close = close
key-close_session = close session
key-leave_meeting = leave meeting
key-new_case = new case
key-new_session = new session
key-next_item = next item
key-prev_item = previous item
key-open_case = case file
key-open_meeting = open meeting
key-pap = choose PAP
key-tlp = choose TLP
key-presence = present/excused/absent
key-protect = protect source
key-save_note = save note
key-show_cases = cases
key-show_sessions = sessions
key-source = source
key-write = write

meeting-agenda = Agenda
meeting-attendance = Present { $present }/{ $invited }
meeting-decisions = ◆ { $n } { $n ->
        [one] decision
       *[other] decisions
    }
meeting-draft_saved = draft saved
meeting-draft_unsaved = typing…
meeting-general = General
meeting-line = line
meeting-no_agenda = No agenda items.
meeting-no_notes = No notes on this item yet.
meeting-no_source = —
meeting-note = Note
meeting-placeholder = Type the note; action: @name what due:+7d · decision: what
meeting-protected = protected source
meeting-saving = saving…
meeting-source = source

picker-case_status = Case status
picker-session = Add to which session?
picker-source = Who brought this?

status-added_to_agenda = { $case } added to { $session }.
status-already_on_agenda = { $case } is already on that agenda.
status-case_status = { $case }: { $status }.
status-draft_not_saved = Draft not saved ({ $why }); your text is still in the editor.
status-draft_restored = Your unsaved note was restored.
status-no_open_session = No planned session: create one first (n on the sessions list).
status-note_not_saved = Note NOT saved ({ $why }); your text is still in the editor.
status-note_saved = Note saved ({ $a } { $a ->
        [one] action
       *[other] actions
    }, { $d } { $d ->
        [one] decision
       *[other] decisions
    }).

summary-title = Summary — { $title }
summary-counts = { $notes } { $notes ->
        [one] note
       *[other] notes
    } · { $decisions } { $decisions ->
        [one] decision
       *[other] decisions
    } · { $actions } { $actions ->
        [one] action
       *[other] actions
    }
summary-decisions = Decisions
summary-actions = Actions
summary-cases = Cases whose status changed
summary-close_hint = Esc closes the meeting.

hint-no_owner = action without @owner; kept as text
hint-unknown_owner = who is
hint-bad_due = not a date:
hint-empty_action = action without text; kept as text
hint-empty_decision = empty decision; kept as text
meeting-earlier = Still open from earlier sessions

col-contact_point = Contact point
col-sectors = Sectors
field-vision = Vision
field-wanted_sectors = Wanted sectors
field-sub_networks = Includes networks
field-network_kind = Kind
field-member_role = Role
field-brings = Brings
field-gains = Gains
field-problem = Problem
field-solution = Agreed solution
field-owner = Who does it
field-problem_status = Status
field-lesson = What we learned
field-topic = Topic
field-attendees = Attendees
field-trainer = Trainer
form-new_network = New mini-network
form-edit_network = Edit { $name }
form-member = { $name } in { $network }
form-new_problem = New problem → solution
form-edit_problem = Problem → solution
form-exchange = Exchange meeting of { $network }
form-new_training = New training
invalid-self_network = a network cannot include itself
picker-add_member = Add whom?
picker-remove_member = Remove whom?
status-member_removed = Member removed.
key-new_network = new network
key-add_member = add member
key-remove_member = remove member
key-log_problem = problem → solution
key-log_exchange = exchange meeting
key-new_training = record a training
network-members = Members
network-brings = brings { $what }
network-gains = gains { $what }
network-directory = Who can do what
network-combined = { $n ->
        [one] { $n } person
       *[other] { $n } people
    } across the included networks
network-problems = Problems → solutions
network-lesson = learned: { $what }
network-exchanges = Exchange meetings
problem_status-open = open
problem_status-dropped = dropped
key-add_topic = add topic
key-item_up = move item up
key-item_down = move item down
key-drop_item = drop item
form-new_topic = New agenda topic
confirm-drop_item = Drop this item from the agenda? (y/n)
status-item_has_notes = This item has notes; it stays on the agenda.

withheld-red = said at the table only, never written down
withheld-not_present = recipient not present
withheld-not_invited = recipient not invited
withheld-not_member = recipient not a network member
withheld-not_involved = about a case the recipient is not involved in
withheld-not_for_feedback = discussion note (never in a feedback sheet)
minutes-title = Minutes — { $title } ({ $date })
minutes-for = For: { $who }
minutes-prepared = Prepared { $at } by { $by }
minutes-rule = Each item carries its TLP and PAP label. Sharing beyond a label needs the source's permission.
minutes-present = Present: { $who }
minutes-case = Case { $case }
minutes-general = Other items
minutes-a_partner = a partner
minutes-source = Source: { $who }
minutes-who_acts = Who acts: { $who }
minutes-due = due { $date }
minutes-decision = Decision
minutes-action = Action
minutes-nothing = Nothing from this session may be shared with this recipient.
minutes-none_withheld = No items were withheld.
minutes-withheld = { $count ->
        [one] { $count } item withheld: { $why }.
       *[other] { $count } items withheld: { $why }.
    }
feedback-title = Feedback sheet — case { $case }
feedback-rule = Decisions and actions agreed by consensus of the members present; no discussion notes.
feedback-status = Case status: { $status }
feedback-nothing = No decision or action may be fed back yet.

key-write_export = write the file
key-cancel_export = cancel (recorded)
key-edit_agreement = edit agreement
key-new_rule = new rule
key-toggle_rule = rule on/off
key-show_audit = audit trail
key-show_rules = rules
key-audit_filter = filter by kind
key-export_minutes = minutes for…
key-feedback = feedback sheet
key-consensus = consensus on feedback
picker-recipient = For whom?
preview-title = What would go to { $who }
preview-goes_out = Goes out: { $n } { $n ->
        [one] item
       *[other] items
    }
preview-withheld = Withheld: { $n } { $n ->
        [one] item
       *[other] items
    }
preview-file = Will be written to { $path }
preview-hint = w writes the file · Esc cancels (the decision is recorded)
status-exported = Written to { $path }; recorded on the audit trail.
status-export_cancelled = Export cancelled; the decision not to share is recorded.
status-rule_on = Rule switched on.
status-rule_off = Rule switched off.
status-consensus_on = Members present agree to feedback sheets from this session.
status-consensus_off = No consensus on feedback for this session.
status-nothing_selected = Nothing selected.
form-agreement = Sharing agreement
form-new_rule = New sharing rule
field-default_tlp = Default TLP
field-default_pap = Default PAP
field-rule_kind = Kind
field-rule_text = Rule
sharing-audit = Audit trail
col-when = When
col-who = Who
col-what = What
col-subject = About
col-for = For
empty-audit = Nothing recorded yet.
audit-included = Included ({ $n })
audit-withheld = Withheld ({ $n })
audit-link = linked to { $hash }…
audit_kind-export = minutes export
audit_kind-export_cancelled = export cancelled
audit_kind-feedback = feedback sheet
audit_kind-case_opened = case file opened
audit_kind-case_changed = case changed
audit_kind-note_changed = note changed
audit_kind-restore = restore
key-import = import from CSV
key-export_list = export list for Excel
form-import = Import stakeholders
field-file = File (CSV, vCard)
field-on_duplicate = People already known
field-skip_invalid = Skip invalid rows
import-skip = skip them
import-merge = fill their empty fields
import-title = Import preview
import-read_as = Read as { $encoding }, separator { $sep }
import-counts = { $valid } valid · { $invalid } invalid · { $dups } already known
import-kept_in_notes = (kept in notes)
import-problems = Problems
import-duplicates = Already known
import-line = line
import-hint = w imports in one transaction · Esc cancels
import-hint_blocked = Some rows are refused: w imports the others after one confirmation · Esc cancels
status-reading = Reading the file…
status-import_invalid = Some rows are invalid: nothing imported. Fix the file or skip invalid rows.
status-imported = Imported: { $new } new, { $merged } merged, { $skipped } skipped.
meeting-not_saved = NOT SAVED: { $why }
status-form_restored = The form you were filling in when the connection dropped was restored.

error-missing = { $path }: no such database (create one by starting roundtable without --db, or with --demo)
error-not_a_database = { $path }: not a roundtable database ({ $detail })
error-newer_file = { $path }: written by a newer roundtable (schema { $found }; this version reads up to { $supported }); upgrade roundtable
error-busy = { $path }: in use by another process for more than 5 s; try again
error-io = { $path }: { $detail }
error-conflict = not saved: changed by { $by } at { $at } since you opened it
error-gone = { $kind } { $id } no longer exists
error-codec = { $kind } { $id }: { $detail }
error-not_empty = { $path }: the database is not empty (use --force to replace its contents)
error-invalid = invalid data: { $detail }
error-db = database error: { $detail }

cli-no_stakeholder_id = no stakeholder with id { $id }
cli-no_stakeholder_match = no stakeholder matches '{ $spec }'
cli-ambiguous_stakeholder = '{ $spec }' matches { $n } { $n ->
        [one] stakeholder
       *[other] stakeholders
    }: { $candidates }; give the id, e.g. --for 17
cli-no_session = no session with id { $id }
cli-no_case = no case { $case }
cli-bad_separator = the separator must be one ASCII character
cli-no_home = cannot find a home folder for the database; pass --db PATH
cli-restored = restored { $n } { $n ->
        [one] record
       *[other] records
    } into { $path }
cli-backup_done = { $from } → { $to } ({ $bytes } { $bytes ->
        [one] byte
       *[other] bytes
    })
cli-check_ok = { $path }: ok (schema { $schema }; { $counts })
cli-needs_terminal = the interface needs a terminal; for scripts use the subcommands (see --help)
cli-internal_error = internal error; your typing was saved as a draft. Please report this.
cli-no_raw_mode = cannot switch the terminal to raw mode
cli-no_terminal_setup = cannot set up the terminal
cli-no_signals = cannot install signal handlers
cli-import_read = { $file }: { $rows } { $rows ->
        [one] row
       *[other] rows
    }, { $encoding } ({ $sep }); columns: { $columns }
cli-import_counts = { $valid } valid, { $invalid } invalid, { $dups } already known ({ $what })
cli-dups_skipped = skipped
cli-dups_merged = merged
cli-imported = imported: { $new } new, { $merged } merged, { $skipped } skipped
import-bad_phone = '{ $v }' is not a phone number
import-bad_email = '{ $v }' is not an e-mail address
import-bad_days = '{ $v }' is not a number of days
import-name_required = a name is required
help-meeting = The meeting screen
# ui
distribution-nobody = Never written down, for anyone.
distribution-present = Those present at the session.
distribution-invited = Those invited, and anyone present.
distribution-network = The members of the network.
distribution-anyone = Anyone.
distribution-need_to_know = Items about a case: only those involved in it (need-to-know).
labels-label = Label
labels-standard_short = Standard meaning (FIRST)
labels-rule_short = This network's rule
labels-standard_prefix = Standard (FIRST):
labels-rule_prefix = This network:
labels-pap_more = PAP (what a recipient may do with it): see help (?)
minutes-labels = Labels: the standard's meaning (FIRST TLP 2.0), then who receives the item in this network.
# output files
output-exists = { $path }: the file exists; nothing was written (use --force to replace it)
output-symlink = { $path }: is a symbolic link; nothing was written (give the real file name)
output-database = { $path }: is the database itself; nothing was written
output-not_a_file = { $path }: is not a regular file; nothing was written
output-io = { $path }: { $error }
cli-and_more = , and { $n } more
cli-namesake_known = line { $line }: '{ $name }' has the same name as #{ $id } ({ $org }); it will be a second person (check before sending anything to either)
cli-namesake_line = line { $line }: '{ $name }' has the same name as line { $other }; it will be a second person
# store
error-damaged = { $path }: { $detail }; nothing was changed (roundtable never repairs the only copy). Read what it holds with `roundtable dump --salvage` or `roundtable backup --salvage FILE`
store-needs_repair = the database is damaged or was not closed cleanly, and needs a repair
store-panicked = the database is damaged: reading it failed ({ $what })
store-integrity_failed = the database is damaged: redb's page check failed
store-ids_behind = the id counter { $key } is { $counter }, but a record with id { $max } exists: new records would replace existing ones
store-id_taken = { $kind } { $id } already exists: the id counter is behind (run `roundtable check`)
store-ids_exhausted = no more ids for { $kind }
cli-salvaged = salvaged { $n } { $n ->
        [one] record
       *[other] records
    }; { $skipped } could not be read
cli-value_too_long = a value is longer than the limit of 1 MiB per value
cli-command_panicked = { $path }: internal error; the command stopped (nothing half-done was saved). Please report this.
minutes-label_line = { $label } — standard (FIRST): { $standard } This network: { $rule }
meeting-default_label = agreement's default
chooser-title = Label for this note: a letter picks it
key-tlp_red = TLP:RED
key-tlp_amber_strict = TLP:AMBER+STRICT
key-tlp_amber = TLP:AMBER
key-tlp_green = TLP:GREEN
key-tlp_clear = TLP:CLEAR
preview-nothing_not_present = Nothing goes out: all { $n } { $n ->
        [one] item
       *[other] items
    } are { $label }, which goes to: { $rule } { $who } was not present.
preview-nothing = Nothing goes out to { $who }: every item is withheld, for the reasons below.
status-draft_restored_strictest = Your unsaved note was restored. Its labels were not kept with it: it is TLP:RED, PAP:RED and its source protected (the strictest) until you choose.
audit_kind-session_reopened = session reopened
key-reopen_session = reopen a closed session
confirm-reopen_session = Reopen this closed session? Minutes already sent will not show what is added. This is recorded in the audit trail.
status-session_closed = This session is closed: it is read-only (its minutes may have gone out). Press o to reopen it.
status-session_not_closed = This session is not closed.
status-session_busy = The session is still being saved; try again in a moment.
status-session_reopened = Session reopened; recorded in the audit trail.
meeting-read_only = closed: read-only (o reopens)
status-export_checking = Checking the data once more before writing…
status-export_changed = The data changed since this preview was computed: this is the new preview. Nothing was written; press w again to write it.
confirm-namesake = Someone called { $name } already exists: { $who }. Save a second person with the same name?
namesake-no_organisation = no organisation
error-session_closed = session { $id } is closed and read-only; reopen it first
chooser-pap_title = PAP for this note (what a recipient may do): a letter picks it
key-pap_red = PAP:RED
key-pap_amber = PAP:AMBER
key-pap_green = PAP:GREEN
key-pap_clear = PAP:CLEAR
# disclose
protect-masked = Protected source: in every export, its source, who acts, the owners of its { $a } { $a ->
        [one] action
       *[other] actions
    }, its { $d } { $d ->
        [one] decision
       *[other] decisions
    } and its { $m } @{ $m ->
        [one] mention
       *[other] mentions
    } read “a partner”.
protect-prose = A name written without @ cannot be masked.
protect-in_prose = It names { $who } in plain text: that cannot be masked (write @name, or leave it out).
protect-pap_red = PAP:RED allows no action that could be noticed, yet this note makes { $a } { $a ->
        [one] action
       *[other] actions
    }.
protect-save_anyway = Save it anyway? (y/n)
# audit
audit_kind-dump = dump
audit_kind-backup = backup
audit_kind-rule_off = sharing rule switched off
export-witness = Audit trail witness: { $witness }
cli-witness_ok = witness { $witness }: the trail holds this entry, unchanged
cli-witness_missing = witness { $seq }: the trail has no entry { $seq } (it ends at entry { $last }): it was truncated or rewritten
cli-witness_differs = witness { $seq }: entry { $seq } differs from what was witnessed: the trail was changed or rewritten
cli-witness_bad = '{ $witness }' is not a witness: expected SEQ:HASH (a number, a colon, 64 hex digits)
cli-restore_broken_trail = the dump's audit trail is broken at entry { $id }; restore --force loads it anyway, and records that it did
store-nothing_salvaged = damaged beyond what salvage can read
store-opened_read_only = this command opened the database read-only and cannot change it
import-namesake = { $name } (line { $line }) — already known: { $who }
import-namesakes = Named like someone already known (imported as new people only if you say so):
confirm-import_namesakes = Some rows are named like someone already known: { $who }. Import them as new people?
chooser-default = The agreement's default for new notes
preview-withheld_rule = { $why } (this label goes to: { $rule })
# import
import-odd_phone = '{ $v }' does not look like a phone number (kept as written)
import-odd_days = '{ $v }' is not a number of days (kept in the notes)
import-bad_date = '{ $v }' is not a date that exists
import-format_csv = spreadsheet
import-format_outlook = Outlook contacts
import-format_google = Google Contacts
import-format_vcard = vCard
import-categories = Categories
import-other_phones = Other phones
import-other_emails = Other e-mails
import-birthday = Birthday
import-refused_why = Why it was refused
import-sector_kept = other (kept as written)
cli-import_format = recognised as { $format }
cli-import_warning = warning: { $w }
cli-import_sector = sector '{ $text }' → { $sector }
cli-import_left_out = { $n } { $n ->
        [one] row
       *[other] rows
    } left out by the category filter
cli-import_skip_hint = the { $valid } valid { $valid ->
        [one] row
       *[other] rows
    } can be imported with --skip-invalid; the refused rows then go to { $file } to be fixed
cli-import_refused_written = { $n } refused { $n ->
        [one] row
       *[other] rows
    } written to { $file }: fix them there and import that file
import-confirm_skip = Import the { $valid } valid { $valid ->
        [one] row
       *[other] rows
    } and leave out the { $invalid } refused { $invalid ->
        [one] one
       *[other] ones
    }? They are written beside the file, to fix and import again.
status-import_refused = { $n } refused { $n ->
        [one] row
       *[other] rows
    } written to { $file }.
field-only_category = Only categories
import-warnings = Kept as written, worth a look
import-sectors = Sectors not named word for word, and the sector each gets
import-comes_in = Comes in ({ $n })
import-stays_out = Stays out: not in the chosen categories ({ $n })
# craft
settings-error = { $path }: { $why } (fix or remove the config file, or give another with --config)
settings-error_line = { $path }, line { $line }: { $why } (fix or remove the config file, or give another with --config)
settings-bad_theme = unknown theme '{ $value }' (one of: { $choices })
settings-bad_language = unknown language '{ $value }' (one of: { $choices })
settings-bad_zone = unknown time zone '{ $value }' (an IANA name such as { $choices })
settings-default_file = # roundtable's settings. Every setting is optional: remove the "# " before one to change it.\n# This file: $XDG_CONFIG_HOME/roundtable/config.toml (else ~/.config/roundtable/config.toml),\n# or the file given with --config FILE. A mistake in it stops the program with the line.\n\n# Colours: { $themes }. NO_COLOR set in the environment always means monochrome.\n# theme = "default"\n\n# The language of the screens: { $languages }.\n# language = "en"\n\n# The time zone of the times shown: an IANA name, followed with its daylight-saving rules.\n# time_zone = "{ $zone }"\n\n# Where the screens write exports (default: roundtable-exports in your home folder).\n# export_dir = "/home/me/roundtable-exports"\n\n# The database when neither --db nor $ROUNDTABLE_DB names one\n# (default: ~/.local/share/roundtable/roundtable.redb).\n# database = "/srv/roundtable/team.redb"\n\n# Lock the screen after this many seconds without a key (0: never). To resume: the\n# passphrase of an encrypted database, else Enter. Whatever is being typed is kept.\n# idle_lock_seconds = 900\n\n# The Overview's network picture in Braille dots; false: in half blocks, for fonts\n# without Braille (PuTTY's default font).\n# braille = true\n\n# Keys: give a binding other keys, by the names that `roundtable config --keys` lists\n# (x, C-x for Ctrl, M-x for Alt, S-Tab, Enter, Esc, Space, Up, PgUp, F2, ...). Keep this last.\n# [keys]\n# "editor.prev_item" = ["M-p", "C-PgUp"]
settings-unknown_action = no key binding is named '{ $name }' (see roundtable config --keys)
settings-bad_key = cannot read the key '{ $key }' (write x, C-x, M-x, S-Tab, Enter, Esc, Space, Up, PgUp, F2, ...)
settings-key_twice = { $a } and { $b } would have the same key
settings-keys_header = name	keys	what it does
cli-import_joins = mini-network '{ $network }': { $n } new { $n ->
        [one] member
       *[other] members
    }, by their category
import-joins = Mini-networks joined through a category of the same name
import-join = { $network }: { $n } new { $n ->
        [one] member
       *[other] members
    }
cli-import_confirm = Import the { $valid } valid { $valid ->
        [one] row
       *[other] rows
    } and write the { $invalid } refused { $invalid ->
        [one] one
       *[other] ones
    } to a file beside it? [y/N]

# actions
cli-action_line = { $mark }{ $id }  { $case }  { $owner }  due { $due }  { $text }
cli-action_overdue = OVERDUE
cli-action_changed = action { $id } saved
cli-action_not_open = action { $id } is not open: it was done or cancelled already
cli-action_needs_reason = action { $id }: cancelling needs a reason (--reason)
cli-action_text_too_long = action { $id }: a result or reason is one line of at most 200 characters
cli-action_unchanged = action { $id } already has this owner or due date
cli-action_no_person = nobody is called '{ $name }' in the stakeholder list
cli-action_two_people = several stakeholders are called '{ $name }': rename one first
audit_kind-action_done = action done
audit_kind-action_cancelled = action cancelled
audit_kind-action_reassigned = action reassigned
audit_kind-action_due_moved = action due date moved
action-cancelled = cancelled
action-overdue = overdue
action-history_line = { $step } — { $by }, { $on }
action-history_done = done: { $result }
action-history_done_plain = done
action-history_cancelled = cancelled: { $reason }
action-history_reassigned = reassigned from { $from } to { $to }
action-history_due = due date moved from { $from } to { $to }
key-show_actions = every open action
key-action_done = action done
actions-title = Open actions
col-due = Due
col-case = Case
col-owner = Owner
col-action = Action
actions-none = No open actions.
key-action_cancel = cancel action
key-action_due = move due date
form-follow_up = Action { $id }
field-action_result = Result (optional)
field-action_reason = Reason
field-action_due = Due (2026-12-01, +3d)
cli-action_bad_date = not a date: write 2026-12-01 or +3d
form-action_not_open = this action is not open: it was done or cancelled already
form-action_needs_reason = cancelling needs a reason
form-action_text_too_long = one line of at most 200 characters
form-action_unchanged = the action already has this due date
form-action_bad_date = not a date: write 2026-12-01 or +3d
key-action_reassign = reassign action
picker-action_owner = Give the action to
key-actions_filter = filter by owner, case or network
picker-actions_filter = Show the actions of
actions-filter_all = every open action
actions-network = mini-network
error-exposed = { $path }: other accounts could read or change this database (mode { $mode }, owner uid { $owner }); nothing was written. If the file is yours, `chmod 600` it; keep databases in a folder only you (or your team) can write

# fluent
import-rows_refused = { $n } { $n ->
        [one] row has a problem
       *[other] rows have a problem
    }; nothing was imported (first: { $first })
help-syntax_title = Note lines, in English, Dutch or French:
help-syntax_action = { $words } @name what
help-syntax_decision = { $words } what
help-syntax_due = { $words } when (in an action line)
help-syntax_dates = when: { $words }, 2026-12-06
# The language's name, written in that language.
language-name = English
key-language = switch language
status-language = Screens in { $name }.

# erase
field-retention_kept = Kept: closed cases { $months } { $months ->
        [one] month
       *[other] months
    } · exports { $exports } { $exports ->
        [one] day
       *[other] days
    } · backups { $backups } { $backups ->
        [one] day
       *[other] days
    }
field-retention_months = Cases kept (months)
erase-former_partner = a former partner

# overview
withheld-archived = a former partner (archived)
withheld-not_of_network = a record of another network
overview-check-sectors = Sectors in the network: { $covered } of { $expected }; missing: { $missing }
overview-check-communities = Communities no key figure reaches: { $n } ({ $names })
overview-check-informal = Informal partners: { $share } ({ $informal } of { $all }; aim: at least { $min })
overview-check-overdue = Partners overdue for a contact: { $n }
overview-check-incomplete = Mini-networks without goal, lead, contact point or criteria: { $n } ({ $names })
overview-check-reasons = Members without "brings / gains": { $n }
overview-check-exchanges = Exchange meetings in the last quarter: { $n }; none in: { $without }
overview-check-owners = Open problems without an owner: { $n }
overview-check-combined = Combined network: { $name }, of { $n } { $n ->
        [one] network
       *[other] networks
    }
overview-check-who_can_do_what = "Who can do what" covers { $covered } of { $expected } { $expected ->
        [one] sector
       *[other] sectors
    }; missing: { $missing }
overview-check-rhythm = Round tables held in { $n } of the last { $months } full months
overview-check-attendance = Attendance over the last year: { $share } ({ $present } of { $expected })
overview-check-on_time = Actions done on time: { $share } ({ $on_time } of { $done })
overview-none = none
overview-and_more = { $list } and { $n } more
report-title = Activity report { $year }
report-prepared = Prepared { $at } by { $by }.
report-figures_only = Figures only: no case's content and no names. Counts that could single out a person are not shown.
report-method = How small counts are treated
report-rule_small = A count from 1 to { $max } is not shown: it reads "< { $min }".
report-rule_zero = Zeros are shown: a zero names nobody.
report-rule_secondary = When a table shows its total and only one count in it is hidden, the smallest other count is hidden too and reads "x", so that no hidden count is the total minus the others. A total below { $min } is hidden like any count.
report-rule_median = A median over fewer than { $min } { $min ->
        [one] case
       *[other] cases
    } is not shown.
report-count = Count
report-total = Total
report-cases = Cases
report-signals = New signals per month
report-by_status = Cases by status on { $date }
report-closures = Cases closed, by reason
report-no_reason = no reason recorded
report-median = Median days from signal to closure: { $days }.
report-median_hidden = Median days from signal to closure: not shown (fewer than { $min } { $min ->
        [one] case
       *[other] cases
    } closed).
report-actions = Actions agreed this year, where they stand
report-actions_open = open
report-actions_overdue = overdue
report-actions_on_time = done on time
report-actions_late = done late
report-actions_cancelled = cancelled
report-round_table = The round table
report-sessions = Round tables held
report-sessions_held = sessions
report-attendance = Attendance by sector (partners present, summed over sessions)
report-network = The network
report-coverage = Members of mini-networks by sector
cli-bad_year = { $year } is not a year roundtable can report on
handout-label = { $label }: { $rule }
handout-for = For the members of { $network }.
handout-for_all = For every member of the network.
handout-directory_title = Who can do what: { $network }
handout-no_contact_details = Contact details are printed only for partners who agreed to be listed with them. Ask the coordinator to put you in touch with the others.
handout-brings = Brings
handout-gains = Gains
handout-nobody = nobody yet
handout-lessons_title = Lessons learned and exchange notes: { $network }
handout-lessons = Lessons learned
handout-solution = Agreed solution
handout-who = Who does it
handout-lesson = What we learned
handout-exchanges = Exchange meetings
handout-agreement_title = How we share information: the agreement and its rules
handout-retention = A closed case's notes, actions and decisions are erased { $months } { $months ->
        [one] month
       *[other] months
    } after it is closed. Exported files are removed after { $exports } { $exports ->
        [one] day
       *[other] days
    }, and backups are kept { $backups } { $backups ->
        [one] day
       *[other] days
    }.
handout-defaults = Unless said otherwise, what is shared is { $tlp } and { $pap }.
handout-labels = What the labels mean
handout-rules = Rules we agreed
cli-no_network = No mini-network '{ $spec }' (give its id or its name).
cli-handout_network = This handout is about one mini-network: name it with --network.
handout-none_yet = None yet.
audit_kind-case_erased = case erased
audit_kind-person_erased = person erased
audit_kind-person_exported = person's data exported
audit_kind-exports_removed = old exports removed
person_export-title = Everything held about { $who }
person_export-rule = Written for a subject access request. Notes, decisions and actions are shown as minutes for this person would show them; what they may not receive is listed without its text, with the reason.
person_export-record = The record
person_export-contacts = Contact log
person_export-networks = Networks and trainings
person_export-sessions = Round tables and cases
person_export-items = Notes and actions that concern them
person_export-sent = What was sent to them
person_export-nothing = (nothing)
person_export-address = Address
person_export-referred_by = Referred by
person_export-key_figure = Key figure
person_export-cadence = Keep-in-touch rhythm (days)
person_export-yes = yes
person_export-no = no
person_export-network_lead = lead
person_export-network_contact = contact point
person_export-member = member (role: { $role }; brings: { $brings }; gains: { $gains })
person_export-training = training: { $title }
person_export-chair = chair
person_export-invited = invited
person_export-present = present
person_export-excused = excused
person_export-absent = absent
person_export-case_lead = leads the case
person_export-case_referrer = referred the case
person_export-as_source = brought the information (source)
person_export-as_who_acts = acts on it
person_export-as_owner = owns the action
person_export-concerns = concerns them as: { $roles }
person_export-withheld = { $item }: withheld, { $why }
erase-case_done = { $case } erased: { $counts } removed; the reference stays, and the audit trail says when and by whom.
erase-case_would = { $case } would be erased: { $counts }; the reference stays.
erase-needs_yes = nothing was erased; add --yes to erase
erase-backups_note = Backups taken before now still hold what was erased, until they expire (the agreement's backup retention).
erase-already = person { $id } has been erased already
erase-whole_name = '{ $spec }' is only part of a name: give the full name or the id ({ $id }) to erase someone
erase-person_done = Person { $id } erased: now "a former partner" in { $refs } { $refs ->
        [one] reference
       *[other] references
    }; { $contacts } contact entries and { $drafts } { $drafts ->
        [one] draft
       *[other] drafts
    } removed; their full name replaced in { $texts } { $texts ->
        [one] text
       *[other] texts
    }.
erase-person_would = Person { $id } would be erased: "a former partner" in { $refs } { $refs ->
        [one] reference
       *[other] references
    }; { $contacts } contact entries and { $drafts } { $drafts ->
        [one] draft
       *[other] drafts
    } removed; their full name replaced in { $texts } { $texts ->
        [one] text
       *[other] texts
    }.
erase-prose_note = A first name, a nickname or initials in free text are not found: search the notes for them and correct them.
retention-none_due = No closed case is due for erasure.
retention-due_line = { $case } closed { $closed }, due for erasure since { $due }
retention-exports_found = { $n } { $n ->
        [one] export
       *[other] exports
    } older than { $days } { $days ->
        [one] day
       *[other] days
    } in { $dir }
retention-exports_removed = { $n } { $n ->
        [one] export
       *[other] exports
    } removed (recorded on the audit trail).
erase-cases_title = Cases · { $n } due for erasure
erase-due_status = due: erase
erase-erased_status = erased
erase-due_detail = Due for erasure since { $due } (closed { $closed }): roundtable erase case { $case }
erase-partial = A part of the name still stands in: { $keys }
overview-computing = Computing the overview…
overview-step1 = Step 1 — your own network
overview-step2 = Step 2 — mini-networks
overview-step3 = Step 3 — the community network
overview-table = The round table
overview-steps_title = Where you stand (the key jumps to the records)
overview-figures_title = Figures
overview-summary = Open cases: { $open } · overdue actions: { $overdue } · median signal to closure: { $median }
overview-days = { $n } { $n ->
        [one] day
       *[other] days
    }
overview-signals = New signals, 12 months
overview-cases = Cases by status
overview-actions = Actions, 12 months
overview-actions_line = Open { $open }, overdue { $overdue }
overview-actions_done = Done on time { $on_time }, late { $late }
overview-median = Signal to closure: { $days }
overview-attendance = Attendance by sector (%)
overview-coverage = Members of mini-networks by sector
overview-network_title = Mini-networks and their bridges
overview-measures_title = Who holds it together
overview-key_people = Partners the network leans on
overview-key_person = { $name }: { $share } % of paths, { $degree } { $degree ->
        [one] tie
       *[other] ties
    }
overview-estimated = (estimated from a sample: a large network)
overview-networks_count = { $n } { $n ->
        [one] mini-network
       *[other] mini-networks
    }, { $people } { $people ->
        [one] partner
       *[other] partners
    }
overview-bridges = { $n } { $n ->
        [one] bridge
       *[other] bridges
    } between networks, through { $people } { $people ->
        [one] partner
       *[other] partners
    } in more than one
overview-single_link = { $n } { $n ->
        [one] partner
       *[other] partners
    } hang on a single tie
overview-referrals = { $n } { $n ->
        [one] introduction
       *[other] introductions
    }; the longest chain links { $longest } { $longest ->
        [one] person
       *[other] people
    }
# cycle
agenda-open_actions = Open actions of { $title } ({ $date })
agenda-open_actions_gone = Open actions of session { $id }
correction-retracted = this note was retracted: it can no longer be changed
correction-unchanged = nothing changed
correction-empty = a note needs text
correction-no_reason = a retraction needs a reason
correction-history_lost = the earlier version of this note would be lost: not saved
audit_kind-note_corrected = note corrected
audit_kind-note_retracted = note retracted
cli-superseded = { $at } entry { $entry }: { $subject } sent to { $recipient } is superseded by later changes to { $notes }
cli-superseded_none = No export was superseded by a correction.
session-edit_closed = this session is closed: reopen it first
session-walk_in_present = already at the table
case-on_agenda = on the agenda of { $session } (planned)
case-note_corrected = ✎ note corrected by { $by }; it read: [{ $tlp }] { $before }
case-note_retracted = ✕ note retracted by { $by }: { $reason }
agenda-title = Invitation and agenda — { $title } ({ $date })
agenda-rule = Each item carries its TLP label. A case appears by its reference only, and only to partners involved in it.
agenda-case = Case { $case }
agenda-when = When: { $when }
agenda-place = Where: { $place }
agenda-chair = Chair: { $who }
agenda-invited = Invited: { $who }
agenda-items = Agenda
agenda-nothing = No agenda items for you.
agenda-withheld = { $count ->
        [one] { $count } agenda item is not shown to you.
       *[other] { $count } agenda items are not shown to you.
    }
minutes-withheld_part = { $reason } ({ $count })
minutes-chair = Chair: { $who }
minutes-excused = Excused: { $who }
minutes-absent = Absent: { $who }
minutes-walk_ins = Joined without an invitation: { $who }
minutes-agenda = Agenda
minutes-status_changes = Status changes
minutes-status_change = Case { $case }: { $from } → { $to }
minutes-not_shown = { $count ->
        [one] { $count } agenda item is not shown to you.
       *[other] { $count } agenda items are not shown to you.
    }

minutes-withheld_one = { $count } item withheld: { $why }.
minutes-not_shown_one = { $count } agenda item is not shown to you.
agenda-withheld_one = { $count } agenda item is not shown to you.
# crypto
error-locked = { $path }: { $detail }
crypt-prompt = Passphrase for { $path }:
crypt-prompt_current = Current passphrase, one-time code or recovery key for { $path }:
crypt-prompt_new = New passphrase:
crypt-prompt_again = The same passphrase again:
crypt-passphrases_differ = the two passphrases differ; nothing was changed
crypt-passphrase_short = a passphrase needs at least 8 characters
crypt-passphrase_file_open = { $path }: other accounts can read this passphrase file (mode { $mode }); `chmod 600` it
crypt-no_terminal = no terminal to ask the passphrase on: use --passphrase-file or $ROUNDTABLE_PASSPHRASE_FILE
crypt-no_slot = the account { $user } has no key to this database; ask a colleague who has one for `roundtable team add { $user }`
crypt-one_time_first = you still hold a one-time code: set your own passphrase first with `roundtable passphrase`
crypt-case_key_gone = the key of case { $id } was destroyed (the case was erased)
crypt-sealed_in_plain = an encrypted value in a database that is not encrypted
crypt-changed_meanwhile = the database was encrypted or replaced since roundtable opened it; nothing was written. Start roundtable again
crypt-already_encrypted = the database is encrypted already
crypt-not_encrypted = the database is not encrypted (see `roundtable init` and `roundtable encrypt`)
crypt-already_member = { $user } has a key already
crypt-not_member = { $user } has no key to this database
crypt-created = { $path }: encrypted database created
crypt-encrypted = { $path }: encrypted
crypt-recovery_once = Recovery key (shown once; write it down and keep it in a safe place): { $key }
crypt-old_blocks = note: the disk blocks and backups of the plain file still hold plaintext until they are overwritten or destroyed
crypt-dump_plaintext = warning: the dump is plaintext, not encrypted; this dump is recorded on the audit trail
crypt-passphrase_set = passphrase set for { $user }
crypt-member = { $user }
crypt-member_pending = { $user } (one-time code not yet replaced)
crypt-added = { $user } may now open the database: give them this one-time code, in person: { $code }
crypt-removed = { $user } no longer has access; the data key was replaced
crypt-no_group = no such group: { $group }
audit_kind-encrypted = database encrypted
audit_kind-team_added = key given
audit_kind-team_removed = key taken away
audit_kind-passphrase_changed = passphrase set
crypt-key_replaced = your key to this database was replaced or taken away since you unlocked it; start roundtable again
store-not_a_plain_file = not a plain file (a symbolic link or a device); roundtable opens only the file itself
store-group_misfit = shared with group { $gid } (mode { $mode }) but is not kept as a team's database must be: a folder of the same group (now group { $dir_gid }, mode { $dir_mode }) with mode 2770, and the file 0660; nothing was written. See `roundtable init --group`
field-place = Place
note-retracted = retracted
note-corrected = corrected
field-export_days = Exports kept (days)
field-backup_days = Backups kept (days)

tab-overview = Overview
key-tab_overview = Overview
key-overview_jump = show the records
key-overview_page = next page (steps, figures, network)

# forms: confirmation titles
confirm-title_quit = Quit?
confirm-title_discard = Discard changes?
confirm-title_delete = Delete for good?
confirm-title_close_session = Close session?
confirm-title_reopen_session = Reopen session?
confirm-title_drop_item = Drop agenda item?
confirm-title_commit_note = Save note?
confirm-title_namesake = Same name?
confirm-title_import = Import?

# forms: hints by field
form-hint_multi = Enter new line · Tab/S-Tab move · Ctrl-S save · Esc cancel
form-hint_choice = ←/→ change · Enter list · Tab/S-Tab move · Ctrl-S save · Esc cancel
form-hint_flag = Space yes/no · Tab/S-Tab move · Ctrl-S save · Esc cancel
form-hint_pick = Enter pick · Backspace remove · Tab/S-Tab move · Ctrl-S save · Esc cancel

# sessions
key-export_agenda = agenda for…
key-walk_in = someone walks in
picker-walk_in = Who walked in?
status-walked_in = { $who } is at the table.
# craft
key-more = more
form-hint_single = Enter save · Esc cancel
# lang
# The key that answers yes to a (y/n) question: one letter, the one the prompts show.
confirm-yes_letter = y
# meeting: the notes pane, its search and follow-up
key-notes_pane = notes and still open
key-notes_back = back to attendance
key-search_notes = search notes
key-next_match = next match
key-prev_match = previous match
key-keep_search = keep search
key-end_search = end search
status-no_open_action = No open action here.
status-no_search = Nothing searched: / starts a search.
status-no_match = No note of this session holds that.
picker-follow_up = Which open action
meeting-scroll = ↑ { $above } more · ↓ { $below } more
meeting-search = { $at } of { $total }
# sessions
key-correct_note = correct a note
picker-note_to_correct = Correct which note?
status-no_note_to_correct = No note here that can be corrected (a closed session's notes only after reopening it).
form-correct_note = Correct note { $id }
form-edit_session = Prepare { $title } ({ $date })
field-note_text = Text
field-source = Source
field-tlp = TLP
field-pap = PAP
field-protected_source = Protected source
field-retract_reason = Retract, because
correction-retract_or_correct = either correct the note or retract it, not both at once
# The header line of an export that names the language it is written in.
export-language = Language: { $language }
# The command line's --help: cli_help-<command path>[-<argument>], cli_help--<argument> when shared
cli_heading-usage = Usage:
cli_heading-options = Options
cli_heading-arguments = Arguments
cli_heading-commands = Commands
cli_help--help = Print help
cli_help--version = Print version
cli_help-root = Terminal workbench for local prevention coordinators: stakeholders, mini-networks, round tables and sharing rules
cli_help-root-db = Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]
cli_help-root-config = Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]
cli_help-root-passphrase_file = Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]
cli_help-root-lang = Language of the screens, the messages and what `export` and `report` write [default: the config file's, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]
cli_help-root-demo = Open a demo town (created and filled when the file does not exist; default demo.redb in the data folder)
cli_help-root-scale = With --demo: a synthetic town of N stakeholders (about ten notes each), for measuring; default file demo-N.redb in the data folder
cli_help-dump = Write every record as JSON (see docs/dump-format.md)
cli_help--out = Output file [default: standard output]; a new private file (0600)
cli_help--force = Replace an existing --out file (never a symbolic link, never the database)
cli_help-dump-salvage = Read what can be read of a damaged database (repaired in memory; nothing is written to it)
cli_help-restore = Load a dump into a new or empty database (validated first, then one transaction)
cli_help-restore-file = The dump file
cli_help-restore-force = Replace the contents of a non-empty database
cli_help-check = Verify the database file: pages, records, references and the audit trail
cli_help-check-witness = Also confirm that the trail still holds the entry an export witnessed (the `SEQ:HASH` printed at the end of every export)
cli_help-backup = Write a consistent copy of the database, even while it is in use
cli_help-backup-dest = Where to write the copy (must not exist)
cli_help-backup-salvage = Copy what can be read of a damaged database (repaired in memory; nothing is written to it)
cli_help-export = Minutes or a feedback sheet for one recipient (filtered by the sharing labels), or the stakeholder list
cli_help-export_minutes = The minutes of a session as one recipient may receive them
cli_help--session = The session's id (shown in the Round tables tab)
cli_help--recipient = The recipient: a stakeholder's id (a number, e.g. 17) or name; a name that fits more than one person is refused, listing them with their ids
cli_help-export_agenda = A session's invitation and agenda as one recipient may receive it
cli_help-export_feedback = A case's feedback sheet: decisions and actions agreed by consensus, no notes
cli_help-export_feedback-case = The case reference, RT-YYYY-NNN
cli_help-export_feedback-recipient = The recipient (the referrer or the police): a stakeholder's id (a number, e.g. 17) or name; a name that fits more than one person is refused
cli_help-export_handout = A handout for a group (Markdown): a mini-network's member directory, its lessons and exchange notes, or the sharing agreement and rules
cli_help-export_handout-network = The mini-network: its id or name (not needed for the agreement)
cli_help-export_person = Everything held about one person, for a subject access request
cli_help-export_person-name = Their name or id; a name that fits more than one person is refused
cli_help-export_stakeholders = The stakeholder list (not archived) as CSV for Excel, or JSON
cli_help-export_stakeholders-sep = Column separator for CSV
cli_help-export_stakeholders-bom = Start the CSV with a UTF-8 byte-order mark (Excel needs it for accents)
cli_help-import = Import from a spreadsheet export
cli_help-import_stakeholders = Stakeholders from a CSV file (`;` `,` or tab; UTF-8 or Windows-1252; English, French or Dutch headers), an Outlook or Google Contacts export, or vCards (.vcf)
cli_help-import_stakeholders-dry_run = Check and report only; write nothing
cli_help-import_stakeholders-mapping = Column to field, overriding the automatic mapping: `Wie=name,Waar=organisation,Extra=ignore`
cli_help-import_stakeholders-skip_invalid = Import the valid rows even if others are invalid (the refused rows are written beside the file, as NAME-refused.csv, to fix and import again)
cli_help-import_stakeholders-only_category = Only contacts in this category or group (Outlook categories, Google labels, vCard CATEGORIES); repeat for several
cli_help-import_stakeholders-on_duplicate = What to do with people already known (same name and organisation, or e-mail)
cli_help-audit = Print the audit trail
cli_help-audit-case = Only entries about this case (RT-YYYY-NNN)
cli_help-audit-since = Only entries from this date on (2026-11-01, -30d)
cli_help-audit-superseded = Only exports that held a note corrected or retracted since: whom to re-send
cli_help-config = Print a commented config file with every setting at its default, or the names of the key bindings for its [keys] table
cli_help-config-default = A commented config file with every setting at its default
cli_help-config-keys = Every key binding's name, keys and what it does
cli_help-completions = Print shell completions: roundtable completions bash > /etc/bash_completion.d/roundtable
cli_help-man = Print the manual page (roff): roundtable man | man -l -
cli_help-actions = List open actions, overdue first (owners from protected sources read "a partner")
cli_help-actions-overdue = Only overdue actions
cli_help-actions-owner = Only actions of this owner (part of the name)
cli_help-actions-case = Only actions of this case (RT-YYYY-NNN)
cli_help-report = The yearly activity report for the mayor and the funder: figures only, small counts suppressed, charts as text tables (Markdown)
cli_help-report-year = The calendar year [default: this year]
cli_help-action = Mark an action done, cancel it, reassign it or move its due date
cli_help-action_done = Mark an open action done
cli_help-action_done-result = A short result, one line
cli_help-action_cancel = Cancel an open action, with a reason
cli_help-action_reassign = Give an open action to another partner
cli_help-action_reassign-to = The new owner's name (as in the stakeholder list)
cli_help-action_due = Move an open action's due date: 2026-12-01, +3d, +2w
cli_help-retention = What the agreed retention periods make due: closed cases (the default) and old exports
cli_help-retention-due = List the closed cases due for erasure (references and dates only)
cli_help-retention-exports = List the exports older than the agreed number of days
cli_help-retention-remove = With --exports: remove them (recorded on the audit trail)
cli_help-retention-dir = The export folder [default: export_dir of the config, else ~/roundtable-exports]
cli_help-erase = Erase a case or a person (the right to erasure); see docs/security.md
cli_help-erase_case = Erase a case: its notes, actions, decisions and drafts; its reference stays
cli_help-erase_case-reference = The case reference, RT-YYYY-NNN
cli_help--yes = Erase; without it, only say what would be erased
cli_help-erase_person = Erase a person: their record becomes "a former partner", their contact log goes
cli_help-erase_person-name = Their full name (as in the stakeholder list) or id; a name that fits more than one person is refused
cli_help-init = Create an encrypted database (asks for a passphrase twice; prints a recovery key once, to keep on paper in a safe place)
cli_help-init-group = Share it with this Unix group: file 0660 in a setgid 2770 folder
cli_help-encrypt = Encrypt a plain database (a new file, then put in place)
cli_help-passphrase = Set or change your passphrase (from the one-time code of `team add`, your current passphrase, or the recovery key)
cli_help-team = Who has access to an encrypted database
cli_help-team_add = Give a colleague (a Unix account) access: prints a one-time code for them, which they replace with their own passphrase (`roundtable passphrase`)
cli_help-team_list = Who has access
cli_help-team_remove = Take someone's access away; the data key is replaced, so that a copy of the old one opens nothing written afterwards
cli_help-help = Print this message or the help of a command
# Error texts of the library's error types (their Display)
error-file_empty = the file is empty
error-line_malformed = line { $line }: { $detail }
error-cell_too_long = line { $line }, column { $column }: a cell of { $len ->
        [one] { $len } character
       *[other] { $len } characters
    } (at most { $max })
crypt-wrong_key = wrong passphrase or key
crypt-tampered = the sealed value was changed, moved or cut short
crypt-no_randomness = no randomness: { $detail }
crypt-kdf_failed = key derivation: { $detail }
error-bad_case_ref = '{ $text }' is not a case reference like RT-2026-001
schedule-closed = the session is closed
schedule-already_present = already at the table
error-bad_date = '{ $text }' is not a date (try 2026-11-29, today, +7d, -2w)
key-messages = last messages
messages-title = Last messages (this session only)
messages-none = No messages yet.
empty-no_match = No stakeholder matches “{ $query }”. Esc clears the filter.
empty-quick_filter = No stakeholder in this quick filter. f shows the next one, Esc clears it.
empty-all_archived = Everyone is archived. a shows the archived.
empty-audit_kind = Nothing of this kind recorded. f shows the next kind.
empty-actions_filter = No open action matches this filter. f changes it.
key-resume = resume
lock-title = Locked
lock-ask_passphrase = The screen locked after a while without a key. Type your passphrase and press Enter to resume.
lock-ask_confirm = The screen locked after a while without a key. Press Enter to resume.
lock-checking = Checking…
lock-refused = That passphrase does not open this database. Try again.
lock-kept = Everything open, drafts included, is kept as it was.
filter-matched_in = “{ $query }” found in: { $fields }
filter-matched_loosely = “{ $query }”: a loose match (its letters in this order)
minutes-followed_up = Closed at this session
minutes-action_done = Done at this session.
minutes-action_cancelled = Cancelled at this session.

# networks
network_kind-round_table = round table
field-missing_at_table = Missing at this table
overview-check-missing = Mini-networks missing a sector they want: { $n } ({ $names })
problem_status-solution_agreed = solution agreed
problem_status-done = done
invalid-problem_closed = done or dropped: log a new problem instead
invalid-problem_no_solution = write the agreed solution first
invalid-problem_no_owner = an agreed solution needs someone who does it
invalid-problem_not_agreed = agree on a solution first
invalid-problem_backwards = a solution was agreed: it cannot be open again
invalid-problem_before_opened = before the problem was opened
invalid-not_yet_held = not before its date
network-problem_days = opened { $opened } · agreed { $agreed } · closed { $closed }
network-planned = planned
network-held = held
network-host = host: { $name }
network-invited = { $n ->
    [one] { $n } invited
   *[other] { $n } invited
}
network-came = { $n ->
    [one] { $n } came
   *[other] { $n } came
}
network-trainings = Trainings
network-trainer = by { $who }
network-attended = { $n ->
    [one] { $n } attended: { $names }
   *[other] { $n } attended: { $names }
}
field-host = Host
field-exchange_people = Invited / came

# people
stage-identified = identified
stage-approached = approached
stage-met = met
stage-engaged = engaged
stage-declined = declined
picked-unknown = not known yet
picked-yes = picked up
picked-no = not picked up
pipeline-line = { $stage } since { $date }: { $name } ({ $organisation }), introduced by { $by }
pipeline-none = Nobody is followed in the pipeline yet.
pipeline-counts = Pipeline: { $counts }
pipeline-bad_stage = unknown stage '{ $stage }' (known: { $known })
stage-not_followed = not followed
field-stage = Step 1
field-consent = Listed with details
field-language = Reads
language-interface = as the interface
invalid-stage_move = not a move the pipeline allows today

# pipeline help
cli_help-pipeline = Step 1: who is identified, approached, met, engaged or declined, and since when
cli_help-pipeline-stage = Only people at this stage (identified, approached, met, engaged, declined)

# attack
person_export-as_earlier_source = brought the information in an earlier version (source, since corrected)
person_export-as_earlier_owner = owned the action before it was reassigned

# work
field-work_state = State
field-came = Came
form-edit_exchange = Exchange meeting { $topic } ({ $date })
form-edit_training = Training { $title } ({ $date })
invalid-came_while_planned = who came is for a held one: mark it held or empty the list
audit_kind-network_work_changed = exchange meeting or training changed
key-edit_exchange = edit an exchange meeting
key-show_trainings = trainings
key-show_networks = networks
key-plan_training = plan a training
picker-edit_exchange = Which exchange meeting?
status-no_exchanges = This network has no exchange meeting yet: x plans one.
empty-trainings = No trainings yet: n plans one.
col-trainer = Trainer
col-invited = Invited
col-attended = Attended
training-detail_invited = Invited ({ $n }): { $names }
training-detail_attended = Attended ({ $n }): { $names }
# people (pipeline filter, routed concerns)
key-stage_filter = filter by step-1 stage
stage-every = every stage (no stage filter)
filter-stage = step 1: { $stage }
empty-filters = Nobody is left under these filters: { $filters }. p changes the stage, f the quick filter, Esc clears them.
# month
status-form_draft_not_saved = Draft not saved ({ $why }); what you typed is still in the form.
form-changed_meanwhile = Changed meanwhile: { $fields }; { $why }. The fields you changed keep your values, the others now show theirs: check them, then Ctrl-S saves yours.
form-changed_meanwhile_nothing_here = { $why }. None of the fields of this form changed; Ctrl-S saves your values.
# search
key-search_all = search everything
key-search_jump = go there
key-search_scope = this session / everything
key-search_close = back
key-search_everything = search everything
search-kind_note = note
search-kind_action = action
search-kind_decision = decision
search-kind_case = case
search-kind_stakeholder = person
search-kind_session = session
search-field_text = text
search-field_owner = owner
search-field_reference = reference
search-field_summary = summary
search-field_name = name
search-field_organisation = organisation
search-field_role = role
search-field_brings = brings
search-field_title = title
search-field_place = place
search-field_date = date
search-title_everything = Search everything: notes of every session, cases, actions, people, sessions
search-title_session = Search this session ({ $date })
search-type = Type a word: notes of every session (as corrected), cases, actions open and closed, people (name, organisation, role, what they bring) and sessions. Case and accents do not matter.
search-none = Nothing holds “{ $query }”.
search-none_session = Nothing in this session holds “{ $query }”. Tab searches everything.
search-position = { $at } of { $total } { $total ->
        [one] hit
       *[other] hits
    }
search-retracted = { $kind } ✗
search-not_on_agenda = That entry's agenda item is no longer on the session's agenda.
overview-check-pipeline = Step-1 pipeline: { $waiting } on the way, { $engaged } engaged; { $moves ->
    [one] 1 move
   *[other] { $moves } moves
} in 30 days
overview-pipeline = Step 1, { $moves ->
    [one] 1 move
   *[other] { $moves } moves
} in 30 days
invalid-concern_answer = choose picked up or not picked up
invalid-concern_before_routed = before the concern was routed
invalid-date_future = not after today
# lang: clap's own words
cli_help-default_value = [default: { $value }]
cli_help-possible_values = [possible values: { $values }]
cli_value-options = OPTIONS
cli_value-command = COMMAND
cli_value-path = PATH
cli_value-file = FILE
cli_value-dir = DIR
cli_value-lang = LANG
cli_value-n = N
cli_value-name = NAME
cli_value-ref = REF
cli_value-date = DATE
cli_value-seq_hash = SEQ:HASH
cli_value-stakeholder = STAKEHOLDER
cli_value-network = NETWORK
cli_value-session = SESSION
cli_value-format = FORMAT
cli_value-col_field____ = COL=FIELD,...
cli_value-dest = DEST
cli_value-id = ID
cli_value-on_duplicate = ON_DUPLICATE
cli_value-reason = REASON
cli_value-reference = REFERENCE
cli_value-result = RESULT
cli_value-sep = SEP
cli_value-shell = SHELL
cli_value-stage = STAGE
cli_value-user = USER
cli_value-what = WHAT
cli_value-year = YEAR
cli_error-error = error:
cli_error-more = For more information, try '{ $flag }'.
cli_error-unknown_argument = unexpected argument '{ $arg }' found
cli_error-unknown_command = unrecognised command '{ $command }'
cli_error-missing_value = a value is required for '{ $arg }' but none was given
cli_error-bad_value = invalid value '{ $value }' for '{ $arg }'
cli_error-missing_arguments = these required arguments were not given:
cli_error-missing_command = '{ $command }' needs a command but none was given
cli_error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli_error-conflict_any = the argument '{ $arg }' cannot be used with one of the other arguments given
cli_error-given_twice = the argument '{ $arg }' can be given only once
cli_error-too_many_values = unexpected value '{ $value }' for '{ $arg }'; no more were expected
cli_error-wrong_number_of_values = wrong number of values for '{ $arg }'
cli_error-no_equals = '{ $arg }' takes its value after an equals sign (=)
cli_error-invalid_utf8 = one or more arguments are not valid UTF-8
cli_error-other = the arguments could not be read
cli_error-similar = tip: did you mean '{ $similar }'?
cli_error-as_value = tip: to pass '{ $arg }' as a value, write '{ $use }'
cli_error-remove_dashes = tip: the command '{ $command }' exists; to use it, remove the '--' before it
label-value = { $label }: { $value }
label-colon = { $label }:
network-cancelled = cancelled
field-training_network = Network
person_export-exchange_as = exchange meeting of { $network }: { $topic } ({ $roles })
person_export-training_as = training: { $title } ({ $roles })
person_export-host = host
person_export-came = came
person_export-attended = attended
key-route_concern = routed concerns
concern-new = Route a new concern to another service…
picker-concerns = Concerns routed
concern-heading = Concerns routed to other services
form-route_concern = Route a concern: { $about }
form-concern_answer = Answer to: { $what }
field-concern_what = What
field-concern_to_partner = To a partner
field-concern_to_service = Or to a service
field-concern_answer = Answer
invalid-concern_one_recipient = a partner or a service, not both
invalid-concern_recipient = name the partner or the service it goes to
picker-open_concerns = Routed concerns waiting for an answer
overview-check-concerns_open = Routed concerns waiting for an answer: { $n }{ $n ->
    [0] {""}
   *[other] ; the oldest for { $days ->
        [one] 1 day
       *[other] { $days } days
    }
}
person_export-concerns_routed = Concerns routed to other services
person_export-concern_to_you = you
person_export-concern = - { $on } routed to { $to } ({ $state }): { $what }
key-move_stage = step-1 move
form-pipeline_move = Step 1: { $name }
invalid-stage_before_last = before the last move
agenda-not_at_the_table = No agenda for { $who }: not invited to this session and involved in none of its cases, so an agenda would only tell them when and where the table meets and how much is kept from them. To send one, invite them first (e on the session in the Round tables tab), then export it again.

# review
store-person_erased = this person was erased: nothing more is written about them

# forms
# A date field's first value: the word for today that the date parser reads (domain::parse::TODAY_WORDS).
date-today = today
# audit
audit_kind-concern_routed = concern routed to a service
audit_kind-concern_answered = answer to a routed concern recorded
form-record_erased = This person was erased meanwhile: nothing of this form can be saved any more. Only Esc is left (it closes the form).

# gaps
# The section headings of `roundtable man` (capitals, as man pages have them).
man_heading-name = NAME
man_heading-synopsis = SYNOPSIS
man_heading-description = DESCRIPTION
man_heading-extra = EXTRA
man_heading-version = VERSION
man_heading-authors = AUTHORS
# lang
# The role a new member of a mini-network is proposed (data: it is saved as typed).
member-default_role = member
# Between two suggestions of clap's, closing the quote of one and opening the next's.
cli_error-similar_or = {"' or '"}
key-back_to_search = back to the search
# sharing
person_export-consent_given = consent given { $given }
person_export-consent_withdrawn = consent given { $given }, withdrawn { $withdrawn }
minutes-not_at_the_table = No minutes for { $who }: not invited to this session, not present and involved in none of its cases, and nothing of it may go to them, so minutes would only tell them that the table met, and when.
feedback-not_involved = No feedback sheet for { $who }: not involved in case { $case } (need-to-know), and its heading alone would tell them the case and its status.
export-folder_open = The export folder { $path } is not private (mode { $mode }, or another account's): other accounts could list the names of the exports, which say which case went to which partner. Nothing was written. Make it yours and private (chmod 700 { $path }) or set another export_dir in the config file.
# lang2
# The manual's name, at the top of every page of `roundtable man` (man's own default in English).
man_heading-manual = General Commands Manual
# keys
search-indexing = Preparing the search of every record… The hits appear as soon as that is done; you can type already.
# gaps: the help of every command-line argument
cli_help--format = Output format: md (Markdown) or txt (plain text)
cli_help-export_stakeholders-format = Output format: csv (for Excel, see --sep and --bom) or json
cli_help-export_handout-what = Which handout: directory (the members, by sector), lessons (lessons learned and exchange notes) or agreement (the sharing agreement and rules)
cli_help-import_stakeholders-file = The file to read: CSV, an Outlook or Google Contacts export, or vCards (.vcf)
cli_help-completions-shell = The shell to write them for
cli_help--id = The action's id (shown by `roundtable actions`)
cli_help-action_cancel-reason = Why it is cancelled, one line
cli_help-action_due-date = The new due date: 2026-12-01, or from today +3d, +2w
cli_help--user = The colleague's Unix account name
# craft audit
meeting-hints_more = { $n ->
    [one] and 1 more
   *[other] and { $n } more
}
filter-text = “{ $query }”

# which field matched
filter-matched_letters = “{ $query }”: letters in { $fields }

# loose ends of #19
help-own_keys = In this help
key-scroll_top = to the top
key-scroll_bottom = to the bottom
key-toggle_choice = on/off
key-done_choosing = done
