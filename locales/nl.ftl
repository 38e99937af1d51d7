# Nederlandse catalogus (Vlaanderen, nl-BE), in Project Fluent: dezelfde ids en
# variabelen als en.ftl. Data en getallen komen opgemaakt uit het programma.
# Termen: stakeholder = partner, round table = casusoverleg, session = overleg,
# case = casus, minutes = verslag, feedback sheet = terugkoppelingsfiche,
# audit trail = logboek, sharing agreement = protocol informatiedeling.
tab-stakeholders = Partners
tab-networks = Mininetwerken
tab-sessions = Casusoverleg
tab-sharing = Deelregels

ui-too_small = Venster te klein ({ $w }×{ $h }): roundtable heeft minstens { $min_w }×{ $min_h } nodig.
ui-loading = Laden…
ui-database = roundtable
ui-records = { $n } { $n ->
        [one] partner
       *[other] partners
    }
status-saved = Bewaard.
error-newer = Deze databank is geschreven door een nieuwere roundtable (schema { $found }; deze versie leest tot { $supported }).

confirm-title = Bevestigen?
confirm-quit_unsaved = Er is nog iets niet bewaard. Toch afsluiten? (j/n)
help-title = Toetsen

key-confirm_yes = ja
key-confirm_no = nee
key-close_help = sluiten
key-scroll_up = omhoog scrollen
key-scroll_down = omlaag scrollen
key-up = omhoog
key-down = omlaag
key-page_up = pagina omhoog
key-page_down = pagina omlaag
key-top = eerste
key-bottom = laatste
key-next_tab = volgend tabblad
key-prev_tab = vorig tabblad
key-tab_stakeholders = tabblad Partners
key-tab_networks = tabblad Mininetwerken
key-tab_sessions = tabblad Casusoverleg
key-tab_sharing = tabblad Deelregels
key-reload = opnieuw laden uit de databank
key-help = hulp
key-back = terug
key-quit = stop

col-name = Naam
col-organisation = Organisatie
col-sector = Sector
col-network = Netwerk
col-tier = Niveau
col-kind = Soort
col-lead = Trekker
col-members = Leden
col-date = Datum
col-title = Titel
col-status = Status
col-cases = Casus
col-open_actions = Acties
col-rule = Regel
col-active = Actief

empty-stakeholders = Nog geen partners.
empty-networks = Nog geen mininetwerken.
empty-sessions = Nog geen casusoverleg gepland.
empty-rules = Nog geen deelregels.
empty-agreement = Nog geen protocol informatiedeling vastgelegd.

field-communities = Bereikt
field-referred_by = Doorverwezen door
field-contact = Contact
field-cadence = Contactritme
field-every_days = elke { $n } { $n ->
        [one] dag
       *[other] dagen
    }
field-shared_goal = Gedeeld doel
field-selection = Waarom aan tafel
field-contact_point = Aanspreekpunt
field-missing_sectors = Ontbreekt
field-chair = Voorzitter
field-attendance_counts = { $invited } uitgenodigd · { $present } aanwezig · { $excused } verontschuldigd · { $absent } afwezig
field-purpose = Doel
field-legal_basis = Rechtsgrond
field-default_labels = Standaard

formality-formal = formeel
formality-informal = informeel
tier-practitioner = praktijk
tier-policy = beleid

sector-local_authority = Lokaal bestuur
sector-police = Politie
sector-justice = Justitie
sector-mental_health = Geestelijke gezondheid
sector-health = Gezondheidszorg
sector-education = Onderwijs
sector-social_welfare = Welzijn
sector-youth_work = Jeugdwerk
sector-religious = Levensbeschouwing
sector-sports = Sport
sector-culture = Cultuur
sector-community = Gemeenschap
sector-business = Lokale handel
sector-housing = Wonen
sector-employment = Werk
sector-other = Andere

network_kind-sector = sector
network_kind-area = wijk
network_kind-theme = thema
network_kind-community = gemeenschap

session_status-planned = gepland
session_status-in_progress = bezig
session_status-closed = afgesloten

case_status-signalled = gesignaleerd
case_status-triage = triage
case_status-in_discussion = in bespreking
case_status-follow_up = opvolging
case_status-closed = afgesloten

tlp-red = Alleen voor de ogen en oren van de individuele ontvangers, niet verder te verspreiden.
tlp-amber_strict = Delen beperkt tot de eigen organisatie van de ontvanger, enkel op need-to-knowbasis.
tlp-amber = Beperkte verspreiding: ontvangers mogen dit enkel op need-to-knowbasis delen binnen hun organisatie en met haar cliënten.
tlp-green = Beperkte verspreiding: ontvangers mogen dit delen binnen hun gemeenschap.
tlp-clear = Ontvangers mogen dit vrij verspreiden, er is geen beperking.
pap-red = Geen actie die de betrokkene kan opmerken.
pap-amber = Enkel passieve controles.
pap-green = Actief optreden toegestaan.
pap-clear = Geen beperking.

rule_kind-case_need_to_know = need-to-know per casus
rule_kind-no_criminal_use = niet voor strafonderzoek
rule_kind-custom = afgesproken regel

sharing-labels = Labels (TLP 2.0 en PAP)
sharing-agreement = Protocol informatiedeling
sharing-rules = Regels

key-pick = kiezen
key-cancel = annuleren
key-save = bewaren
key-next_field = volgend veld
key-prev_field = vorig veld
key-choose = volgende of lijst
key-keep_filter = filter houden
key-clear_filter = filter wissen
key-new = nieuw
key-edit = wijzigen
key-open = openen
key-back_to_list = terug naar de lijst
key-log_contact = contact noteren
key-filter = filter
key-quick_filter = snelfilter
key-sector_filter = filteren op sector
key-sort = sorteren
key-reverse_sort = omgekeerd sorteren
key-archive = archiveren/wissen
key-restore = terugzetten
key-show_archived = archief tonen

col-last_contact = Sinds
col-cadence = Contact

age-days = { $n } d
cadence-overdue = ⚠ { $n } d
cadence-never = ⚠ nooit
cadence-due = over { $n } d
cadence-ok = ok
cadence-overdue_long = { $n } { $n ->
        [one] dag
       *[other] dagen
    } te laat
cadence-never_long = nog nooit gecontacteerd
cadence-due_long = volgend contact binnen { $n } { $n ->
        [one] dag
       *[other] dagen
    }
cadence-none = geen ritme ingesteld

quick-all = alle
quick-overdue = contact te laat
quick-key_figures = sleutelfiguren
quick-informal = informeel netwerk
quick-policy = beleidsniveau
quick-practitioners = praktijkwerkers
quick-only_problems = enkel gecontacteerd bij problemen
quick-takes_only = neemt maar geeft nooit
quick-sector = sector
quick-with_archived = met archief

archived = gearchiveerd
warn-only_problems = ⚠ Enkel gecontacteerd bij problemen: hou ook zonder probleem contact.
warn-takes_only = ⚠ neemt maar geeft nooit
reciprocity-line = gaf { $given } · kreeg { $received }
field-reciprocity = Wederkerigheid
field-referred = Doorverwezen
field-networks = Netwerken
field-trainings = Opleidingen
field-contact_log = Contacten
field-notes = Notities
field-name = Naam
field-organisation = Organisatie
field-role = Functie
field-sector = Sector
field-sector_other = Andere sector
field-formality = Formeel/informeel
field-tier = Niveau
field-key_figure = Sleutelfiguur
field-phone = Telefoon
field-email = E-mail
field-date = Datum
field-channel = Kanaal
field-purpose_contact = Doel
field-summary = Samenvatting

channel-meeting = overleg
channel-phone = telefoon
channel-email = e-mail
channel-visit = bezoek
channel-event = evenement
channel-other = andere
purpose-maintenance = onderhoud
purpose-problem = probleem

form-new_stakeholder = Nieuwe partner
form-edit_stakeholder = { $name } wijzigen
form-log_contact = Contact met { $name }
form-none = (geen)
form-saving = bewaren…
form-hint = Tab/S-Tab verplaatsen · Enter volgend veld · Ctrl-S bewaren · Esc annuleren

invalid-required = verplicht
invalid-email = geen e-mailadres
invalid-phone = geen telefoonnummer
invalid-days = een aantal dagen, 1 tot 3650
invalid-date = geen datum: probeer 2026-11-29, vandaag, +7d, -2w
invalid-self_referral = kan niet naar zichzelf doorverwijzen

picker-count = { $n } van { $total }
confirm-discard = Wijzigingen weggooien? (j/n)
confirm-delete = { $name } definitief wissen? Niets verwijst ernaar. (j/n)
status-archived = { $name } gearchiveerd (terugzetten met u).
status-restored = { $name } teruggezet.
status-deleted = Gewist.

tab-cases = Casussen
col-reference = Casus
col-referred_by = Verwezen door
col-review = Evaluatie
empty-cases = Nog geen casussen.
field-case_summary = Samenvatting (geen namen)
field-closure_reason = Afgesloten omdat
field-explanation = Toelichting
field-onward_referral = Doorverwezen naar
field-reference = Referentie
field-review = Volgende evaluatie
field-lead = Trekkende partner
field-time = Uur
field-title = Titel
field-invitees = Genodigden
field-invite_network = Netwerk uitnodigen
field-propose_agenda = Agenda voorstellen
form-default_session_title = Casusoverleg partners
form-new_session = Nieuw casusoverleg
form-new_case = Nieuwe casus
form-edit_case = { $case } wijzigen
form-close_case = { $case } afsluiten
invalid-case_ref = een referentie zoals RT-2026-001
invalid-case_ref_taken = deze referentie bestaat al
invalid-time = een uur zoals 14:00
confirm-close_session = Dit overleg afsluiten? De samenvatting wordt getoond. (j/n)

closure-resolved = opgelost
closure-signposted = elders doorverwezen
closure-moved_away = verhuisd
closure-handed_over = overgedragen
closure-other = andere

case-timeline = Tijdlijn
case-discussed = besproken op { $session }
case-status_change = status { $from } → { $to } door { $by }
case-file_title = Casusdossier { $case }

key-add_to_agenda = op een overleg zetten
key-attendance = aanwezigheid
key-case_status = casusstatus
key-close = sluiten
key-close_session = overleg afsluiten
key-leave_meeting = overleg verlaten
key-new_case = nieuwe casus
key-new_session = nieuw overleg
key-next_item = volgend punt
key-prev_item = vorig punt
key-open_case = casusdossier
key-open_meeting = openen
key-pap = PAP kiezen
key-tlp = TLP kiezen
key-presence = aanwezig/verontschuldigd/afwezig
key-protect = bron afschermen
key-save_note = bewaren
key-show_cases = casussen
key-show_sessions = overleggen
key-source = bron
key-write = schrijven

meeting-agenda = Agenda
meeting-attendance = Aanwezig { $present }/{ $invited }
meeting-decisions = ◆ { $n } { $n ->
        [one] beslissing
       *[other] beslissingen
    }
meeting-draft_saved = klad bewaard
meeting-draft_unsaved = typen…
meeting-general = Algemeen
meeting-line = regel
meeting-no_agenda = Geen agendapunten.
meeting-no_notes = Nog geen notities bij dit punt.
meeting-no_source = —
meeting-note = Notitie
meeting-placeholder = Typ de notitie; actie: @naam wat tegen:+7d · beslissing: wat
meeting-protected = afgeschermde bron
meeting-saving = bewaren…
meeting-source = bron

picker-case_status = Casusstatus
picker-session = Op welk overleg zetten?
picker-source = Wie bracht dit aan?

status-added_to_agenda = { $case } op de agenda van { $session } gezet.
status-already_on_agenda = { $case } staat al op die agenda.
status-case_status = { $case }: { $status }.
status-draft_not_saved = Klad niet bewaard ({ $why }); uw tekst staat nog in de editor.
status-draft_restored = Je niet-bewaarde notitie is teruggezet.
status-no_open_session = Geen gepland overleg: maak er eerst een aan (n in de lijst van overleggen).
status-note_not_saved = Notitie NIET bewaard ({ $why }); uw tekst staat nog in de editor.
status-note_saved = Notitie bewaard ({ $a } { $a ->
        [one] actie
       *[other] acties
    }, { $d } { $d ->
        [one] beslissing
       *[other] beslissingen
    }).

summary-title = Samenvatting — { $title }
summary-counts = { $notes } { $notes ->
        [one] notitie
       *[other] notities
    } · { $decisions } { $decisions ->
        [one] beslissing
       *[other] beslissingen
    } · { $actions } { $actions ->
        [one] actie
       *[other] acties
    }
summary-decisions = Beslissingen
summary-actions = Acties
summary-cases = Casussen met gewijzigde status
summary-close_hint = Esc sluit het overleg.

hint-no_owner = actie zonder @uitvoerder; bewaard als tekst
hint-unknown_owner = wie is
hint-bad_due = geen datum:
hint-empty_action = actie zonder tekst; bewaard als tekst
hint-empty_decision = lege beslissing; bewaard als tekst
meeting-earlier = Nog open van vorige overleggen

col-contact_point = Aanspreekpunt
col-sectors = Sectoren
field-vision = Visie
field-wanted_sectors = Gewenste sectoren
field-sub_networks = Omvat netwerken
field-network_kind = Soort
field-member_role = Rol
field-brings = Brengt
field-gains = Krijgt
field-problem = Probleem
field-solution = Afgesproken oplossing
field-owner = Wie doet het
field-problem_status = Status
field-lesson = Wat we leerden
field-topic = Onderwerp
field-attendees = Deelnemers
field-trainer = Opleider
form-new_network = Nieuw mininetwerk
form-edit_network = { $name } wijzigen
form-member = { $name } in { $network }
form-new_problem = Nieuw probleem → oplossing
form-edit_problem = Probleem → oplossing
form-exchange = Uitwisseling van { $network }
form-new_training = Nieuwe opleiding
invalid-self_network = een netwerk kan zichzelf niet omvatten
picker-add_member = Wie toevoegen?
picker-remove_member = Wie verwijderen?
status-member_removed = Lid verwijderd.
key-new_network = nieuw netwerk
key-add_member = lid toevoegen
key-remove_member = lid verwijderen
key-log_problem = probleem → oplossing
key-log_exchange = uitwisseling
key-new_training = opleiding noteren
network-members = Leden
network-brings = brengt { $what }
network-gains = krijgt { $what }
network-directory = Wie kan wat
network-combined = { $n ->
        [one] { $n } persoon
       *[other] { $n } personen
    } in de opgenomen netwerken
network-problems = Problemen → oplossingen
network-lesson = geleerd: { $what }
network-exchanges = Uitwisselingen
problem_status-open = open
problem_status-dropped = stopgezet
key-add_topic = punt toevoegen
key-item_up = punt omhoog
key-item_down = punt omlaag
key-drop_item = punt schrappen
form-new_topic = Nieuw agendapunt
confirm-drop_item = Dit punt van de agenda schrappen? (j/n)
status-item_has_notes = Dit punt heeft notities; het blijft op de agenda.

withheld-red = enkel aan tafel gezegd, nooit op papier
withheld-not_present = ontvanger niet aanwezig
withheld-not_invited = ontvanger niet uitgenodigd
withheld-not_member = ontvanger geen lid van het netwerk
withheld-not_involved = over een casus waarbij de ontvanger niet betrokken is
withheld-not_for_feedback = bespreeknotitie (nooit op een terugkoppelingsfiche)
minutes-title = Verslag — { $title } ({ $date })
minutes-for = Voor: { $who }
minutes-prepared = Opgemaakt op { $at } door { $by }
minutes-rule = Elk punt draagt zijn TLP- en PAP-label. Verder delen dan het label toelaat, kan enkel met toestemming van de bron.
minutes-present = Aanwezig: { $who }
minutes-case = Casus { $case }
minutes-general = Andere punten
minutes-a_partner = een partner
minutes-source = Bron: { $who }
minutes-who_acts = Wie doet het: { $who }
minutes-due = tegen { $date }
minutes-decision = Beslissing
minutes-action = Actie
minutes-nothing = Niets uit dit overleg mag met deze ontvanger gedeeld worden.
minutes-none_withheld = Er werden geen punten achtergehouden.
minutes-withheld = { $count ->
        [one] { $count } punt achtergehouden: { $why }.
       *[other] { $count } punten achtergehouden: { $why }.
    }
feedback-title = Terugkoppelingsfiche — casus { $case }
feedback-rule = Beslissingen en acties in consensus afgesproken door de aanwezige leden; geen bespreeknotities.
feedback-status = Status van de casus: { $status }
feedback-nothing = Er mag nog geen beslissing of actie teruggekoppeld worden.

key-write_export = bestand schrijven
key-cancel_export = annuleren (in het logboek)
key-edit_agreement = protocol wijzigen
key-new_rule = nieuwe regel
key-toggle_rule = regel aan/uit
key-show_audit = logboek
key-show_rules = regels
key-audit_filter = filteren op soort
key-export_minutes = verslag voor…
key-feedback = terugkoppelingsfiche
key-consensus = consensus over terugkoppeling
picker-recipient = Voor wie?
preview-title = Wat naar { $who } zou gaan
preview-goes_out = Gaat mee: { $n } { $n ->
        [one] punt
       *[other] punten
    }
preview-withheld = Achtergehouden: { $n } { $n ->
        [one] punt
       *[other] punten
    }
preview-file = Wordt geschreven naar { $path }
preview-hint = w schrijft het bestand · Esc annuleert (beslissing komt in het logboek)
status-exported = Geschreven naar { $path }; opgenomen in het logboek.
status-export_cancelled = Export geannuleerd; de beslissing om niet te delen staat in het logboek.
status-rule_on = Regel aangezet.
status-rule_off = Regel uitgezet.
status-consensus_on = De aanwezige leden stemmen in met terugkoppelingsfiches van dit overleg.
status-consensus_off = Geen consensus over terugkoppeling voor dit overleg.
status-nothing_selected = Niets geselecteerd.
form-agreement = Protocol informatiedeling
form-new_rule = Nieuwe deelregel
field-default_tlp = Standaard-TLP
field-default_pap = Standaard-PAP
field-rule_kind = Soort
field-rule_text = Regel
sharing-audit = Logboek
col-when = Wanneer
col-who = Wie
col-what = Wat
col-subject = Over
col-for = Voor
empty-audit = Nog niets in het logboek.
audit-included = Opgenomen ({ $n })
audit-withheld = Achtergehouden ({ $n })
audit-link = gekoppeld aan { $hash }…
audit_kind-export = export verslag
audit_kind-export_cancelled = export geannuleerd
audit_kind-feedback = terugkoppelingsfiche
audit_kind-case_opened = casusdossier geopend
audit_kind-case_changed = casus gewijzigd
audit_kind-note_changed = notitie gewijzigd
audit_kind-restore = terugzetten
key-import = importeren uit CSV
key-export_list = lijst exporteren voor Excel
form-import = Partners importeren
field-file = Bestand (CSV, vCard)
field-on_duplicate = Al gekende personen
field-skip_invalid = Ongeldige rijen overslaan
import-skip = overslaan
import-merge = lege velden aanvullen
import-title = Voorbeeld import
import-read_as = Gelezen als { $encoding }, scheidingsteken { $sep }
import-counts = { $valid } geldig · { $invalid } ongeldig · { $dups } al gekend
import-kept_in_notes = (bewaard in notities)
import-problems = Problemen
import-duplicates = Al gekend
import-line = regel
import-hint = w importeert in één transactie · Esc annuleert
import-hint_blocked = Sommige rijen zijn geweigerd: w importeert de andere na één bevestiging · Esc annuleert
status-reading = Bestand lezen…
status-import_invalid = Sommige rijen zijn ongeldig: niets geïmporteerd. Verbeter het bestand of sla ongeldige rijen over.
status-imported = Geïmporteerd: { $new } nieuw, { $merged } samengevoegd, { $skipped } overgeslagen.
meeting-not_saved = NIET BEWAARD: { $why }
status-form_restored = Het formulier dat u aan het invullen was toen de verbinding wegviel, is teruggezet.

error-missing = { $path }: die databank bestaat niet (maak er een door roundtable te starten zonder --db, of met --demo)
error-not_a_database = { $path }: geen roundtable-databank ({ $detail })
error-newer_file = { $path }: geschreven door een nieuwere roundtable (schema { $found }; deze versie leest tot { $supported }); werk roundtable bij
error-busy = { $path }: al meer dan 5 s in gebruik door een ander proces; probeer opnieuw
error-io = { $path }: { $detail }
error-conflict = niet bewaard: sinds u het opende, heeft { $by } het gewijzigd (op { $at })
error-gone = { $kind } { $id } bestaat niet meer
error-codec = { $kind } { $id }: { $detail }
error-not_empty = { $path }: de databank is niet leeg (gebruik --force om de inhoud te vervangen)
error-invalid = ongeldige gegevens: { $detail }
error-db = databankfout: { $detail }

cli-no_stakeholder_id = geen partner met id { $id }
cli-no_stakeholder_match = geen partner komt overeen met '{ $spec }'
cli-ambiguous_stakeholder = '{ $spec }' komt overeen met { $n } { $n ->
        [one] partner
       *[other] partners
    }: { $candidates }; geef de id, bv. --for 17
cli-no_session = geen overleg met id { $id }
cli-no_case = geen casus { $case }
cli-bad_separator = het scheidingsteken moet één ASCII-teken zijn
cli-no_home = geen thuismap gevonden voor de databank; geef --db PAD
cli-restored = { $n } { $n ->
        [one] record
       *[other] records
    } teruggezet in { $path }
cli-backup_done = { $from } → { $to } ({ $bytes } { $bytes ->
        [one] byte
       *[other] bytes
    })
cli-check_ok = { $path }: ok (schema { $schema }; { $counts })
cli-needs_terminal = de interface heeft een terminal nodig; gebruik voor scripts de subcommando's (zie --help)
cli-internal_error = interne fout; uw getypte tekst is als klad bewaard. Gelieve dit te melden.
cli-no_raw_mode = kan de terminal niet in raw mode zetten
cli-no_terminal_setup = kan de terminal niet instellen
cli-no_signals = kan geen signaalafhandeling installeren
cli-import_read = { $file }: { $rows } { $rows ->
        [one] rij
       *[other] rijen
    }, { $encoding } ({ $sep }); kolommen: { $columns }
cli-import_counts = { $valid } geldig, { $invalid } ongeldig, { $dups } al gekend ({ $what })
cli-dups_skipped = overgeslagen
cli-dups_merged = samengevoegd
cli-imported = geïmporteerd: { $new } nieuw, { $merged } samengevoegd, { $skipped } overgeslagen
import-bad_phone = '{ $v }' is geen telefoonnummer
import-bad_email = '{ $v }' is geen e-mailadres
import-bad_days = '{ $v }' is geen aantal dagen
import-name_required = een naam is verplicht
help-meeting = Het overlegscherm
# ui
distribution-nobody = Nooit op papier, voor niemand.
distribution-present = De aanwezigen op het overleg.
distribution-invited = De genodigden, en wie aanwezig was.
distribution-network = De leden van het netwerk.
distribution-anyone = Iedereen.
distribution-need_to_know = Punten over een casus: enkel wie erbij betrokken is (need-to-know).
labels-label = Label
labels-standard_short = Standaardbetekenis (FIRST)
labels-rule_short = Regel van dit netwerk
labels-standard_prefix = Standaard (FIRST):
labels-rule_prefix = Dit netwerk:
labels-pap_more = PAP (wat een ontvanger ermee mag doen): zie hulp (?)
minutes-labels = Labels: de betekenis volgens de standaard (FIRST TLP 2.0), dan wie het punt krijgt in dit netwerk.
# output files
output-exists = { $path }: het bestand bestaat al; niets geschreven (gebruik --force om het te vervangen)
output-symlink = { $path }: is een symbolische link; niets geschreven (geef de echte bestandsnaam)
output-database = { $path }: is de databank zelf; niets geschreven
output-not_a_file = { $path }: is geen gewoon bestand; niets geschreven
output-io = { $path }: { $error }
cli-and_more = , en nog { $n }
cli-namesake_known = regel { $line }: '{ $name }' heeft dezelfde naam als #{ $id } ({ $org }); dit wordt een tweede persoon (controleer dit voor u iets naar een van beiden stuurt)
cli-namesake_line = regel { $line }: '{ $name }' heeft dezelfde naam als regel { $other }; dit wordt een tweede persoon
# store
error-damaged = { $path }: { $detail }; niets gewijzigd (roundtable herstelt nooit het enige exemplaar). Lees wat erin staat met `roundtable dump --salvage` of `roundtable backup --salvage BESTAND`
store-needs_repair = de databank is beschadigd of werd niet correct afgesloten, en moet hersteld worden
store-panicked = de databank is beschadigd: lezen mislukte ({ $what })
store-integrity_failed = de databank is beschadigd: de paginacontrole van redb mislukte
store-ids_behind = de id-teller { $key } staat op { $counter }, maar er bestaat een record met id { $max }: nieuwe records zouden bestaande vervangen
store-id_taken = { $kind } { $id } bestaat al: de id-teller loopt achter (voer `roundtable check` uit)
store-ids_exhausted = geen id's meer voor { $kind }
cli-salvaged = { $n } { $n ->
        [one] record
       *[other] records
    } gered; { $skipped } onleesbaar
cli-value_too_long = een waarde is langer dan de limiet van 1 MiB per waarde
cli-command_panicked = { $path }: interne fout; het commando is gestopt (er werd niets half afgewerkt bewaard). Gelieve dit te melden.
minutes-label_line = { $label } — standaard (FIRST): { $standard } Dit netwerk: { $rule }
meeting-default_label = standaard van het protocol
chooser-title = Label voor deze notitie: kies met een letter
key-tlp_red = TLP:RED
key-tlp_amber_strict = TLP:AMBER+STRICT
key-tlp_amber = TLP:AMBER
key-tlp_green = TLP:GREEN
key-tlp_clear = TLP:CLEAR
preview-nothing_not_present = Er gaat niets mee: alle { $n } { $n ->
        [one] punt is
       *[other] punten zijn
    } { $label }, en dat gaat naar: { $rule } { $who } was niet aanwezig.
preview-nothing = Er gaat niets naar { $who }: elk punt wordt achtergehouden, om de redenen hieronder.
status-draft_restored_strictest = Uw niet-bewaarde notitie is teruggezet, maar zonder haar labels: ze staat op TLP:RED, PAP:RED met afgeschermde bron (het strengste) tot u kiest.
audit_kind-session_reopened = overleg heropend
key-reopen_session = afgesloten overleg heropenen
confirm-reopen_session = Dit afgesloten overleg heropenen? Al verstuurde verslagen tonen niet wat u toevoegt. Dit wordt in het logboek opgenomen.
status-session_closed = Dit overleg is afgesloten: alleen lezen (het verslag kan al verstuurd zijn). Druk op o om het te heropenen.
status-session_not_closed = Dit overleg is niet afgesloten.
status-session_busy = Het overleg wordt nog bewaard; probeer zo opnieuw.
status-session_reopened = Overleg heropend; opgenomen in het logboek.
meeting-read_only = afgesloten: alleen lezen (o heropent)
status-export_checking = De gegevens nog eens controleren voor het schrijven…
status-export_changed = De gegevens zijn gewijzigd sinds dit voorbeeld: dit is het nieuwe voorbeeld. Er is niets geschreven; druk opnieuw op w om het te schrijven.
confirm-namesake = Er bestaat al iemand met de naam { $name }: { $who }. Een tweede persoon met dezelfde naam bewaren?
namesake-no_organisation = geen organisatie
error-session_closed = overleg { $id } is afgesloten en alleen-lezen; heropen het eerst
chooser-pap_title = PAP voor deze notitie (wat een ontvanger mag doen): kies met een letter
key-pap_red = PAP:RED
key-pap_amber = PAP:AMBER
key-pap_green = PAP:GREEN
key-pap_clear = PAP:CLEAR
# disclose
protect-masked = Afgeschermde bron: in elke export staat bij de bron, bij wie het doet, bij de uitvoerders van { $a } { $a ->
        [one] actie
       *[other] acties
    }, bij { $d } { $d ->
        [one] beslissing
       *[other] beslissingen
    } en bij { $m } @{ $m ->
        [one] vermelding
       *[other] vermeldingen
    } ‘een partner’.
protect-prose = Een naam zonder @ kan niet afgeschermd worden.
protect-in_prose = Ze noemt { $who } in gewone tekst: dat kan niet afgeschermd worden (schrijf @naam, of laat het weg).
protect-pap_red = PAP:RED laat geen actie toe die opgemerkt kan worden, maar deze notitie bevat { $a } { $a ->
        [one] actie
       *[other] acties
    }.
protect-save_anyway = Toch bewaren? (j/n)
# audit
audit_kind-dump = dump
audit_kind-backup = back-up
audit_kind-rule_off = deelregel uitgezet
export-witness = Getuige logboek: { $witness }
cli-witness_ok = getuige { $witness }: het logboek bevat deze regel, ongewijzigd
cli-witness_missing = getuige { $seq }: het logboek heeft geen regel { $seq } (het stopt bij regel { $last }): het is ingekort of herschreven
cli-witness_differs = getuige { $seq }: regel { $seq } verschilt van wat getuigd werd: het logboek is gewijzigd of herschreven
cli-witness_bad = '{ $witness }' is geen getuige: verwacht SEQ:HASH (een getal, een dubbelpunt, 64 hexcijfers)
cli-restore_broken_trail = het logboek van de dump is gebroken bij regel { $id }; restore --force laadt het toch, en noteert dat in het logboek
store-nothing_salvaged = te zwaar beschadigd om te redden
store-opened_read_only = dit commando opende de databank alleen-lezen en kan ze niet wijzigen
import-namesake = { $name } (regel { $line }) — al gekend: { $who }
import-namesakes = Zelfde naam als iemand die al gekend is (enkel als nieuwe persoon geïmporteerd als u dat zegt):
confirm-import_namesakes = Sommige rijen hebben de naam van iemand die al gekend is: { $who }. Als nieuwe personen importeren?
chooser-default = Standaard van het protocol voor nieuwe notities
preview-withheld_rule = { $why } (dit label gaat naar: { $rule })
# import
import-odd_phone = '{ $v }' lijkt geen telefoonnummer (bewaard zoals geschreven)
import-odd_days = '{ $v }' is geen aantal dagen (bewaard in de notities)
import-bad_date = '{ $v }' is geen bestaande datum
import-format_csv = rekenblad
import-format_outlook = Outlook-contacten
import-format_google = Google Contacten
import-format_vcard = vCard
import-categories = Categorieën
import-other_phones = Andere telefoons
import-other_emails = Andere e-mails
import-birthday = Verjaardag
import-refused_why = Waarom geweigerd
import-sector_kept = andere (bewaard zoals geschreven)
cli-import_format = herkend als { $format }
cli-import_warning = waarschuwing: { $w }
cli-import_sector = sector '{ $text }' → { $sector }
cli-import_left_out = { $n } { $n ->
        [one] rij
       *[other] rijen
    } weggelaten door de categoriefilter
cli-import_skip_hint = de { $valid } geldige { $valid ->
        [one] rij kan
       *[other] rijen kunnen
    } geïmporteerd worden met --skip-invalid; de geweigerde rijen gaan dan naar { $file } om te verbeteren
cli-import_refused_written = { $n } geweigerde { $n ->
        [one] rij
       *[other] rijen
    } geschreven naar { $file }: verbeter ze daar en importeer dat bestand
import-confirm_skip = De { $valid } geldige { $valid ->
        [one] rij
       *[other] rijen
    } importeren en de { $invalid } geweigerde weglaten? Die worden naast het bestand geschreven, om te verbeteren en opnieuw te importeren.
status-import_refused = { $n } geweigerde { $n ->
        [one] rij
       *[other] rijen
    } geschreven naar { $file }.
field-only_category = Enkel categorieën
import-warnings = Bewaard zoals geschreven, even nakijken
import-sectors = Sectoren die niet letterlijk overeenkomen, en de sector die elk krijgt
import-comes_in = Komt erin ({ $n })
import-stays_out = Blijft erbuiten: niet in de gekozen categorieën ({ $n })
# craft
settings-error = { $path }: { $why } (verbeter of verwijder het configuratiebestand, of geef een ander met --config)
settings-error_line = { $path }, regel { $line }: { $why } (verbeter of verwijder het configuratiebestand, of geef een ander met --config)
settings-bad_theme = onbekend thema '{ $value }' (een van: { $choices })
settings-bad_language = onbekende taal '{ $value }' (een van: { $choices })
settings-bad_zone = onbekende tijdzone '{ $value }' (een IANA-naam zoals { $choices })
settings-default_file = # Instellingen van roundtable. Elke instelling is optioneel: haal de "# " ervoor weg om ze te wijzigen.\n# Dit bestand: $XDG_CONFIG_HOME/roundtable/config.toml (anders ~/.config/roundtable/config.toml),\n# of het bestand opgegeven met --config BESTAND. Een fout erin stopt het programma, met de regel.\n\n# Kleuren: { $themes }. Als NO_COLOR in de omgeving staat, altijd zwart-wit.\n# theme = "default"\n\n# De taal van de schermen: { $languages }.\n# language = "en"\n\n# De tijdzone van de getoonde uren: een IANA-naam, met haar zomeruurregels.\n# time_zone = "{ $zone }"\n\n# Waar de schermen exports schrijven (standaard: roundtable-exports in uw thuismap).\n# export_dir = "/home/me/roundtable-exports"\n\n# De databank als noch --db noch $ROUNDTABLE_DB er een noemt\n# (standaard: ~/.local/share/roundtable/roundtable.redb).\n# database = "/srv/roundtable/team.redb"\n\n# Vergrendel het scherm na zoveel seconden zonder toetsaanslag (0: nooit). Verdergaan: de\n# wachtwoordzin van een versleutelde databank, anders Enter. Wat u aan het typen bent, blijft bewaard.\n# idle_lock_seconds = 900\n\n# De netwerktekening op het Overzicht in braillepunten; false: in halve blokjes, voor\n# lettertypes zonder braille (het standaardlettertype van PuTTY).\n# braille = true\n\n# Toetsen: geef een actie andere toetsen, met de namen die `roundtable config --keys` toont\n# (x, C-x voor Ctrl, M-x voor Alt, S-Tab, Enter, Esc, Space, Up, PgUp, F2, ...). Hou dit als laatste.\n# [keys]\n# "editor.prev_item" = ["M-p", "C-PgUp"]
settings-unknown_action = geen toetsactie heet '{ $name }' (zie roundtable config --keys)
settings-bad_key = kan de toets '{ $key }' niet lezen (schrijf x, C-x, M-x, S-Tab, Enter, Esc, Space, Up, PgUp, F2, ...)
settings-key_twice = { $a } en { $b } zouden dezelfde toets krijgen
settings-keys_header = naam	toetsen	wat het doet
cli-import_joins = mininetwerk '{ $network }': { $n } { $n ->
        [one] nieuw lid
       *[other] nieuwe leden
    }, via hun categorie
import-joins = Mininetwerken aangevuld via een categorie met dezelfde naam
import-join = { $network }: { $n } { $n ->
        [one] nieuw lid
       *[other] nieuwe leden
    }
cli-import_confirm = De { $valid } geldige { $valid ->
        [one] rij
       *[other] rijen
    } importeren en de { $invalid } geweigerde naar een bestand ernaast schrijven? [y/N]

# actions
cli-action_line = { $mark }{ $id }  { $case }  { $owner }  tegen { $due }  { $text }
cli-action_overdue = TE LAAT
cli-action_changed = actie { $id } bewaard
cli-action_not_open = actie { $id } is niet open: ze is al uitgevoerd of geannuleerd
cli-action_needs_reason = actie { $id }: annuleren vraagt een reden (--reason)
cli-action_text_too_long = actie { $id }: een resultaat of reden is één regel van hoogstens 200 tekens
cli-action_unchanged = actie { $id } heeft al deze uitvoerder of termijn
cli-action_no_person = niemand in de partnerlijst heet '{ $name }'
cli-action_two_people = meerdere partners heten '{ $name }': geef er eerst een andere naam
audit_kind-action_done = actie uitgevoerd
audit_kind-action_cancelled = actie geannuleerd
audit_kind-action_reassigned = actie doorgegeven
audit_kind-action_due_moved = termijn actie verschoven
action-cancelled = geannuleerd
action-overdue = te laat
action-history_line = { $step } — { $by }, { $on }
action-history_done = uitgevoerd: { $result }
action-history_done_plain = uitgevoerd
action-history_cancelled = geannuleerd: { $reason }
action-history_reassigned = doorgegeven van { $from } aan { $to }
action-history_due = termijn verschoven van { $from } naar { $to }
key-show_actions = alle open acties
key-action_done = actie uitgevoerd
actions-title = Open acties
col-due = Tegen
col-case = Casus
col-owner = Wie
col-action = Actie
actions-none = Geen open acties.
key-action_cancel = actie annuleren
key-action_due = termijn verschuiven
form-follow_up = Actie { $id }
field-action_result = Resultaat (optioneel)
field-action_reason = Reden
field-action_due = Tegen (2026-12-01, +3d)
cli-action_bad_date = geen datum: schrijf 2026-12-01 of +3d
form-action_not_open = deze actie is niet open: ze is al uitgevoerd of geannuleerd
form-action_needs_reason = annuleren vraagt een reden
form-action_text_too_long = één regel van hoogstens 200 tekens
form-action_unchanged = de actie heeft deze termijn al
form-action_bad_date = geen datum: schrijf 2026-12-01 of +3d
key-action_reassign = actie doorgeven
picker-action_owner = Actie doorgeven aan
key-actions_filter = filteren op uitvoerder, casus of netwerk
picker-actions_filter = Toon de acties van
actions-filter_all = alle open acties
actions-network = mininetwerk
error-exposed = { $path }: andere accounts kunnen deze databank lezen of wijzigen (modus { $mode }, eigenaar uid { $owner }); niets geschreven. Is het uw bestand, doe dan `chmod 600`; bewaar databanken in een map waar alleen u (of uw team) kan schrijven

# fluent
import-rows_refused = { $n } { $n ->
        [one] rij heeft een probleem
       *[other] rijen hebben een probleem
    }; niets geïmporteerd (eerste: { $first })
help-syntax_title = Notitieregels, in het Nederlands, Engels of Frans:
help-syntax_action = { $words } @naam wat
help-syntax_decision = { $words } wat
help-syntax_due = { $words } wanneer (in een actieregel)
help-syntax_dates = wanneer: { $words }, 2026-12-06
# De naam van de taal, in die taal.
language-name = Nederlands
key-language = taal wisselen
status-language = Schermen in het { $name }.

# bewaartermijnen, overzicht, jaarverslag, fiches, wissen, correcties, versleuteling
field-retention_kept = Bewaard: afgesloten casussen { $months } { $months ->
        [one] maand
       *[other] maanden
    } · exports { $exports } { $exports ->
        [one] dag
       *[other] dagen
    } · back-ups { $backups } { $backups ->
        [one] dag
       *[other] dagen
    }
field-retention_months = Casussen bewaren (mnd.)
erase-former_partner = een voormalige partner
withheld-archived = een voormalige partner (gearchiveerd)
withheld-not_of_network = een gegeven van een ander netwerk
overview-check-sectors = Sectoren in het netwerk: { $covered } van { $expected }; ontbreekt: { $missing }
overview-check-communities = Gemeenschappen die geen sleutelfiguur bereikt: { $n } ({ $names })
overview-check-informal = Informele partners: { $share } ({ $informal } van { $all }; streefdoel: minstens { $min })
overview-check-overdue = Partners met een te laat contact: { $n }
overview-check-incomplete = Mininetwerken zonder doel, trekker, aanspreekpunt of criteria: { $n } ({ $names })
overview-check-reasons = Leden zonder "brengt / krijgt": { $n }
overview-check-exchanges = Uitwisselingen in het laatste kwartaal: { $n }; geen in: { $without }
overview-check-owners = Open problemen zonder uitvoerder: { $n }
overview-check-combined = Samengevoegd netwerk: { $name }, uit { $n } { $n ->
        [one] netwerk
       *[other] netwerken
    }
overview-check-who_can_do_what = "Wie kan wat" dekt { $covered } van { $expected } { $expected ->
        [one] sector
       *[other] sectoren
    }; ontbreekt: { $missing }
overview-check-rhythm = Casusoverleg gehouden in { $n } van de laatste { $months } volledige maanden
overview-check-attendance = Aanwezigheid over het laatste jaar: { $share } ({ $present } van { $expected })
overview-check-on_time = Acties op tijd uitgevoerd: { $share } ({ $on_time } van { $done })
overview-none = geen
overview-and_more = { $list } en nog { $n }
report-title = Activiteitenverslag { $year }
report-prepared = Opgemaakt op { $at } door { $by }.
report-figures_only = Enkel cijfers: geen inhoud van casussen en geen namen. Aantallen waarmee iemand herkend zou kunnen worden, worden niet getoond.
report-method = Hoe kleine aantallen behandeld worden
report-rule_small = Een aantal van 1 tot { $max } wordt niet getoond: er staat "< { $min }".
report-rule_zero = Nullen worden getoond: een nul wijst niemand aan.
report-rule_secondary = Als een tabel haar totaal toont en er maar één aantal in verborgen is, wordt ook het kleinste andere aantal verborgen, met "x", zodat geen verborgen aantal het totaal min de andere is. Een totaal onder { $min } wordt verborgen zoals elk aantal.
report-rule_median = Een mediaan over minder dan { $min } afgesloten { $min ->
        [one] casus
       *[other] casussen
    } wordt niet getoond.
report-count = Aantal
report-total = Totaal
report-cases = Casussen
report-signals = Nieuwe signalen per maand
report-by_status = Casussen per status op { $date }
report-closures = Afgesloten casussen, per reden
report-no_reason = geen reden genoteerd
report-median = Mediaan aantal dagen van signaal tot afsluiting: { $days }.
report-median_hidden = Mediaan aantal dagen van signaal tot afsluiting: niet getoond (minder dan { $min } afgesloten { $min ->
        [one] casus
       *[other] casussen
    }).
report-actions = Acties afgesproken dit jaar, en hoe ze ervoor staan
report-actions_open = open
report-actions_overdue = te laat
report-actions_on_time = op tijd klaar
report-actions_late = te laat klaar
report-actions_cancelled = geannuleerd
report-round_table = Het casusoverleg
report-sessions = Casusoverleggen
report-sessions_held = overleggen
report-attendance = Aanwezigheid per sector (aanwezige partners, opgeteld over de overleggen)
report-network = Het netwerk
report-coverage = Leden van mininetwerken per sector
cli-bad_year = { $year } is geen jaar waarover roundtable kan rapporteren
handout-label = { $label }: { $rule }
handout-for = Voor de leden van { $network }.
handout-for_all = Voor elk lid van het netwerk.
handout-directory_title = Wie kan wat: { $network }
handout-no_contact_details = Contactgegevens staan er enkel bij voor partners die ermee instemden om met hun gegevens vermeld te worden. Vraag de coördinator om u met de anderen in contact te brengen.
handout-brings = Brengt
handout-gains = Krijgt
handout-nobody = nog niemand
handout-lessons_title = Geleerde lessen en notities van uitwisselingen: { $network }
handout-lessons = Geleerde lessen
handout-solution = Afgesproken oplossing
handout-who = Wie doet het
handout-lesson = Wat we leerden
handout-exchanges = Uitwisselingen
handout-agreement_title = Hoe we informatie delen: het protocol en zijn regels
handout-retention = De notities, acties en beslissingen van een afgesloten casus worden { $months } { $months ->
        [one] maand
       *[other] maanden
    } na de afsluiting gewist. Geëxporteerde bestanden worden na { $exports } { $exports ->
        [one] dag
       *[other] dagen
    } verwijderd, en back-ups worden { $backups } { $backups ->
        [one] dag
       *[other] dagen
    } bewaard.
handout-defaults = Tenzij anders gezegd, is wat gedeeld wordt { $tlp } en { $pap }.
handout-labels = Wat de labels betekenen
handout-rules = Afgesproken regels
cli-no_network = Geen mininetwerk '{ $spec }' (geef zijn id of zijn naam).
cli-handout_network = Deze fiche gaat over één mininetwerk: noem het met --network.
handout-none_yet = Nog geen.
audit_kind-case_erased = casus gewist
audit_kind-person_erased = persoon gewist
audit_kind-person_exported = persoon geëxporteerd
audit_kind-exports_removed = oude exports verwijderd
person_export-title = Alles wat over { $who } bijgehouden wordt
person_export-rule = Opgemaakt voor een verzoek om inzage. Notities, beslissingen en acties staan er zoals een verslag voor deze persoon ze zou tonen; wat die persoon niet mag krijgen, staat er zonder tekst, met de reden.
person_export-record = De fiche
person_export-contacts = Contacten
person_export-networks = Netwerken en opleidingen
person_export-sessions = Casusoverleggen en casussen
person_export-items = Notities en acties die over hen gaan
person_export-sent = Wat naar hen verstuurd werd
person_export-nothing = (niets)
person_export-address = Adres
person_export-referred_by = Doorverwezen door
person_export-key_figure = Sleutelfiguur
person_export-cadence = Contactritme (dagen)
person_export-yes = ja
person_export-no = nee
person_export-network_lead = trekker
person_export-network_contact = aanspreekpunt
person_export-member = lid (rol: { $role }; brengt: { $brings }; krijgt: { $gains })
person_export-training = opleiding: { $title }
person_export-chair = voorzitter
person_export-invited = uitgenodigd
person_export-present = aanwezig
person_export-excused = verontschuldigd
person_export-absent = afwezig
person_export-case_lead = trekt de casus
person_export-case_referrer = verwees de casus door
person_export-as_source = bracht de informatie aan (bron)
person_export-as_who_acts = doet er iets mee
person_export-as_owner = voert de actie uit
person_export-concerns = gaat over hen als: { $roles }
person_export-withheld = { $item }: achtergehouden, { $why }
erase-case_done = { $case } gewist: { $counts } verwijderd; de referentie blijft, en het logboek zegt wanneer en door wie.
erase-case_would = { $case } zou gewist worden: { $counts }; de referentie blijft.
erase-needs_yes = er is niets gewist; voeg --yes toe om te wissen
erase-backups_note = Back-ups van vóór nu bevatten nog wat gewist is, tot ze vervallen (de bewaartermijn voor back-ups in het protocol).
erase-already = persoon { $id } is al gewist
erase-whole_name = '{ $spec }' is maar een deel van een naam: geef de volledige naam of de id ({ $id }) om iemand te wissen
erase-person_done = Persoon { $id } gewist: nu "een voormalige partner" in { $refs } { $refs ->
        [one] verwijzing
       *[other] verwijzingen
    }; { $contacts } contactmomenten en { $drafts } { $drafts ->
        [one] klad
       *[other] kladden
    } verwijderd; de volledige naam vervangen in { $texts } { $texts ->
        [one] tekst
       *[other] teksten
    }.
erase-person_would = Persoon { $id } zou gewist worden: "een voormalige partner" in { $refs } { $refs ->
        [one] verwijzing
       *[other] verwijzingen
    }; { $contacts } contactmomenten en { $drafts } { $drafts ->
        [one] klad
       *[other] kladden
    } verwijderd; de volledige naam vervangen in { $texts } { $texts ->
        [one] tekst
       *[other] teksten
    }.
erase-prose_note = Een voornaam, bijnaam of initialen in vrije tekst worden niet gevonden: zoek ze in de notities en verbeter ze.
retention-none_due = Geen enkele afgesloten casus moet gewist worden.
retention-due_line = { $case } afgesloten op { $closed }, te wissen sinds { $due }
retention-exports_found = { $n } { $n ->
        [one] export
       *[other] exports
    } ouder dan { $days } { $days ->
        [one] dag
       *[other] dagen
    } in { $dir }
retention-exports_removed = { $n } { $n ->
        [one] export
       *[other] exports
    } verwijderd (opgenomen in het logboek).
erase-cases_title = Casussen · { $n } te wissen
erase-due_status = te wissen
erase-erased_status = gewist
erase-due_detail = Te wissen sinds { $due } (afgesloten op { $closed }): roundtable erase case { $case }
erase-partial = Een deel van de naam staat er nog in: { $keys }
overview-computing = Overzicht berekenen…
overview-step1 = Stap 1 — uw eigen netwerk
overview-step2 = Stap 2 — mininetwerken
overview-step3 = Stap 3 — het gemeenschapsnetwerk
overview-table = Het casusoverleg
overview-steps_title = Waar u staat (de toets springt naar de gegevens)
overview-figures_title = Cijfers
overview-summary = Open casussen: { $open } · acties te laat: { $overdue } · mediaan signaal tot afsluiting: { $median }
overview-days = { $n } { $n ->
        [one] dag
       *[other] dagen
    }
overview-signals = Nieuwe signalen, 12 maanden
overview-cases = Casussen per status
overview-actions = Acties, 12 maanden
overview-actions_line = Open { $open }, te laat { $overdue }
overview-actions_done = Op tijd { $on_time }, te laat { $late }
overview-median = Signaal → afsluiting: { $days }
overview-attendance = Aanwezigheid per sector (%)
overview-coverage = Leden van mininetwerken per sector
overview-network_title = Mininetwerken en hun bruggen
overview-measures_title = Wie het samenhoudt
overview-key_people = Partners waarop het netwerk steunt
overview-key_person = { $name }: { $share } % van de paden, { $degree } { $degree ->
        [one] band
       *[other] banden
    }
overview-estimated = (geschat op een steekproef: groot netwerk)
overview-networks_count = { $n } { $n ->
        [one] mininetwerk
       *[other] mininetwerken
    }, { $people } { $people ->
        [one] partner
       *[other] partners
    }
overview-bridges = { $n } { $n ->
        [one] brug
       *[other] bruggen
    } tussen netwerken, via { $people } { $people ->
        [one] partner
       *[other] partners
    } in meer dan één
overview-single_link = { $n } { $n ->
        [one] partner hangt
       *[other] partners hangen
    } aan één enkele band
overview-referrals = { $n } { $n ->
        [one] introductie
       *[other] introducties
    }; de langste keten verbindt { $longest } { $longest ->
        [one] persoon
       *[other] personen
    }
agenda-open_actions = Open acties van { $title } ({ $date })
agenda-open_actions_gone = Open acties van overleg { $id }
correction-retracted = deze notitie is ingetrokken: ze kan niet meer gewijzigd worden
correction-unchanged = niets gewijzigd
correction-empty = een notitie heeft tekst nodig
correction-no_reason = intrekken vraagt een reden
correction-history_lost = de vorige versie van deze notitie zou verloren gaan: niet bewaard
audit_kind-note_corrected = notitie verbeterd
audit_kind-note_retracted = notitie ingetrokken
cli-superseded = { $at } regel { $entry }: { $subject }, verstuurd naar { $recipient }, is achterhaald door latere wijzigingen aan { $notes }
cli-superseded_none = Geen enkele export is achterhaald door een verbetering.
session-edit_closed = dit overleg is afgesloten: heropen het eerst
session-walk_in_present = zit al aan tafel
case-on_agenda = op de agenda van { $session } (gepland)
case-note_corrected = ✎ notitie verbeterd door { $by }; eerst stond er: [{ $tlp }] { $before }
case-note_retracted = ✕ notitie ingetrokken door { $by }: { $reason }
agenda-title = Uitnodiging en agenda — { $title } ({ $date })
agenda-rule = Elk punt draagt zijn TLP-label. Een casus staat er enkel met zijn referentie, en enkel voor de partners die erbij betrokken zijn.
agenda-case = Casus { $case }
agenda-when = Wanneer: { $when }
agenda-place = Waar: { $place }
agenda-chair = Voorzitter: { $who }
agenda-invited = Uitgenodigd: { $who }
agenda-items = Agenda
agenda-nothing = Geen agendapunten voor u.
agenda-withheld = { $count ->
        [one] { $count } agendapunt wordt u niet getoond.
       *[other] { $count } agendapunten worden u niet getoond.
    }
minutes-withheld_part = { $reason } ({ $count })
minutes-chair = Voorzitter: { $who }
minutes-excused = Verontschuldigd: { $who }
minutes-absent = Afwezig: { $who }
minutes-walk_ins = Aangeschoven zonder uitnodiging: { $who }
minutes-agenda = Agenda
minutes-status_changes = Statuswijzigingen
minutes-status_change = Casus { $case }: { $from } → { $to }
minutes-not_shown = { $count ->
        [one] { $count } agendapunt wordt u niet getoond.
       *[other] { $count } agendapunten worden u niet getoond.
    }
minutes-withheld_one = { $count } punt achtergehouden: { $why }.
minutes-not_shown_one = { $count } agendapunt wordt u niet getoond.
agenda-withheld_one = { $count } agendapunt wordt u niet getoond.
error-locked = { $path }: { $detail }
crypt-prompt = Wachtwoordzin voor { $path }:
crypt-prompt_current = Huidige wachtwoordzin, eenmalige code of herstelsleutel voor { $path }:
crypt-prompt_new = Nieuwe wachtwoordzin:
crypt-prompt_again = Nog eens dezelfde wachtwoordzin:
crypt-passphrases_differ = de twee wachtwoordzinnen verschillen; er is niets gewijzigd
crypt-passphrase_short = een wachtwoordzin heeft minstens 8 tekens nodig
crypt-passphrase_file_open = { $path }: andere accounts kunnen dit wachtwoordbestand lezen (modus { $mode }); doe `chmod 600`
crypt-no_terminal = geen terminal om de wachtwoordzin te vragen: gebruik --passphrase-file of $ROUNDTABLE_PASSPHRASE_FILE
crypt-no_slot = het account { $user } heeft geen sleutel tot deze databank; vraag een collega die er een heeft om `roundtable team add { $user }`
crypt-one_time_first = u hebt nog een eenmalige code: stel eerst uw eigen wachtwoordzin in met `roundtable passphrase`
crypt-case_key_gone = de sleutel van casus { $id } is vernietigd (de casus werd gewist)
crypt-sealed_in_plain = een versleutelde waarde in een databank die niet versleuteld is
crypt-changed_meanwhile = de databank werd versleuteld of vervangen sinds roundtable ze opende; er is niets geschreven. Start roundtable opnieuw
crypt-already_encrypted = de databank is al versleuteld
crypt-not_encrypted = de databank is niet versleuteld (zie `roundtable init` en `roundtable encrypt`)
crypt-already_member = { $user } heeft al een sleutel
crypt-not_member = { $user } heeft geen sleutel tot deze databank
crypt-created = { $path }: versleutelde databank aangemaakt
crypt-encrypted = { $path }: versleuteld
crypt-recovery_once = Herstelsleutel (maar één keer getoond; schrijf hem op en bewaar hem op een veilige plek): { $key }
crypt-old_blocks = let op: de schijfblokken en back-ups van het onversleutelde bestand bevatten nog leesbare tekst tot ze overschreven of vernietigd zijn
crypt-dump_plaintext = waarschuwing: de dump is leesbare tekst, niet versleuteld; deze dump wordt opgenomen in het logboek
crypt-passphrase_set = wachtwoordzin ingesteld voor { $user }
crypt-member = { $user }
crypt-member_pending = { $user } (eenmalige code nog niet vervangen)
crypt-added = { $user } kan de databank nu openen: geef hem of haar deze eenmalige code, persoonlijk: { $code }
crypt-removed = { $user } heeft geen toegang meer; de gegevenssleutel werd vervangen
crypt-no_group = deze groep bestaat niet: { $group }
audit_kind-encrypted = databank versleuteld
audit_kind-team_added = sleutel gegeven
audit_kind-team_removed = sleutel afgenomen
audit_kind-passphrase_changed = wachtwoordzin gezet
crypt-key_replaced = uw sleutel tot deze databank werd vervangen of afgenomen sinds u ze ontgrendelde; start roundtable opnieuw
store-not_a_plain_file = geen gewoon bestand (een symbolische link of een apparaat); roundtable opent enkel het bestand zelf
store-group_misfit = gedeeld met groep { $gid } (modus { $mode }) maar niet bewaard zoals de databank van een team moet: een map van dezelfde groep (nu groep { $dir_gid }, modus { $dir_mode }) met modus 2770, en het bestand 0660; er is niets geschreven. Zie `roundtable init --group`
field-place = Plaats
note-retracted = ingetrokken
note-corrected = verbeterd
field-export_days = Exports bewaren (dagen)
field-backup_days = Back-ups bewaren (dagen)

# overview tab
tab-overview = Overzicht
key-tab_overview = tabblad Overzicht
key-overview_jump = toon de gegevens
key-overview_page = volgende pagina (stappen, cijfers, netwerk)

# forms: confirmation titles
confirm-title_quit = Afsluiten?
confirm-title_discard = Wijzigingen weggooien?
confirm-title_delete = Definitief wissen?
confirm-title_close_session = Overleg afsluiten?
confirm-title_reopen_session = Overleg heropenen?
confirm-title_drop_item = Agendapunt schrappen?
confirm-title_commit_note = Notitie bewaren?
confirm-title_namesake = Zelfde naam?
confirm-title_import = Importeren?

# forms: hints by field
form-hint_multi = Enter nieuwe regel · Tab/S-Tab verplaatsen · Ctrl-S bewaren · Esc annuleren
form-hint_choice = ←/→ wijzigen · Enter lijst · Tab/S-Tab verplaatsen · Ctrl-S bewaren · Esc annuleren
form-hint_flag = Spatie ja/nee · Tab/S-Tab verplaatsen · Ctrl-S bewaren · Esc annuleren
form-hint_pick = Enter kiezen · Backspace wissen · Tab/S-Tab verplaatsen · Ctrl-S bewaren · Esc annuleren

# sessions
key-export_agenda = agenda voor…
key-walk_in = iemand schuift aan
picker-walk_in = Wie schuift aan?
status-walked_in = { $who } zit mee aan tafel.
# craft
key-more = meer
form-hint_single = Enter bewaren · Esc annuleren
# lang
confirm-yes_letter = j
# meeting: the notes pane, its search and follow-up
key-notes_pane = notities en nog open
key-notes_back = terug naar aanwezigheid
key-search_notes = notities doorzoeken
key-next_match = volgende treffer
key-prev_match = vorige treffer
key-keep_search = zoekopdracht houden
key-end_search = zoeken stoppen
status-no_open_action = Geen openstaande actie hier.
status-no_search = Niets gezocht: / start een zoekopdracht.
status-no_match = Geen notitie van dit overleg bevat dat.
picker-follow_up = Welke openstaande actie
meeting-scroll = ↑ nog { $above } · ↓ nog { $below }
meeting-search = { $at } van { $total }
# sessions
key-correct_note = notitie verbeteren
picker-note_to_correct = Welke notitie verbeteren?
status-no_note_to_correct = Hier is geen notitie die verbeterd kan worden (die van een afgesloten overleg pas na heropenen).
form-correct_note = Notitie { $id } verbeteren
form-edit_session = { $title } voorbereiden ({ $date })
field-note_text = Tekst
field-source = Bron
field-tlp = TLP
field-pap = PAP
field-protected_source = Beschermde bron
field-retract_reason = Intrekken, omdat
correction-retract_or_correct = verbeter de notitie of trek ze in, niet allebei tegelijk
export-language = Taal: { $language }
cli_heading-usage = Gebruik:
cli_heading-options = Opties
cli_heading-arguments = Argumenten
cli_heading-commands = Opdrachten
cli_help--help = Toon de hulp
cli_help--version = Toon de versie
cli_help-root = Werkbank in de terminal voor lokale preventiecoördinatoren: partners, mini-netwerken, casusoverleg en deelregels
cli_help-root-db = Databankbestand [standaard: $ROUNDTABLE_DB, anders ~/.local/share/roundtable/roundtable.redb]
cli_help-root-config = Configuratiebestand [standaard: $XDG_CONFIG_HOME/roundtable/config.toml, anders ~/.config/roundtable/config.toml]
cli_help-root-passphrase_file = Lees de wachtwoordzin van een versleutelde databank uit dit bestand (eerste regel; het bestand moet privé zijn) [standaard: $ROUNDTABLE_PASSPHRASE_FILE, anders gevraagd]
cli_help-root-lang = Taal van de schermen, de berichten en wat `export` en `report` schrijven [standaard: die van het configuratiebestand, anders de locale van LC_ALL, LC_MESSAGES of LANG, anders en]
cli_help-root-demo = Open een demogemeente (aangemaakt en gevuld als het bestand nog niet bestaat; standaard demo.redb in de gegevensmap)
cli_help-root-scale = Met --demo: een kunstmatige gemeente van N partners (een tiental notities elk), om te meten; standaard het bestand demo-N.redb in de gegevensmap
cli_help-dump = Schrijf alle records als JSON (zie docs/dump-format.md)
cli_help--out = Uitvoerbestand [standaard: standaarduitvoer]; een nieuw privébestand (0600)
cli_help--force = Vervang een bestaand --out-bestand (nooit een symbolische link, nooit de databank)
cli_help-dump-salvage = Lees wat nog leesbaar is van een beschadigde databank (in het geheugen hersteld; er wordt niets naar geschreven)
cli_help-restore = Laad een dump in een nieuwe of lege databank (eerst gecontroleerd, dan in één transactie)
cli_help-restore-file = Het dumpbestand
cli_help-restore-force = Vervang de inhoud van een databank die niet leeg is
cli_help-check = Controleer het databankbestand: pagina's, records, verwijzingen en het logboek
cli_help-check-witness = Bevestig ook dat het logboek nog de regel bevat waarvan een export getuigt (de `SEQ:HASH` onderaan elke export)
cli_help-backup = Schrijf een consistente kopie van de databank, ook terwijl ze in gebruik is
cli_help-backup-dest = Waar de kopie komt (mag nog niet bestaan)
cli_help-backup-salvage = Kopieer wat nog leesbaar is van een beschadigde databank (in het geheugen hersteld; er wordt niets naar geschreven)
cli_help-export = Het verslag of een terugkoppelingsfiche voor één ontvanger (gefilterd volgens de deellabels), of de partnerlijst
cli_help-export_minutes = Het verslag van een overleg zoals één ontvanger het mag krijgen
cli_help--session = Het nummer van het overleg (te zien in het tabblad Casusoverleg)
cli_help--recipient = De ontvanger: het nummer van een partner (een getal, bv. 17) of een naam; een naam die bij meer dan één persoon past, wordt geweigerd, met hun nummers erbij
cli_help-export_agenda = De uitnodiging en agenda van een overleg zoals één ontvanger ze mag krijgen
cli_help-export_feedback = De terugkoppelingsfiche van een casus: beslissingen en acties in consensus afgesproken, geen notities
cli_help-export_feedback-case = De casusreferentie, RT-JJJJ-NNN
cli_help-export_feedback-recipient = De ontvanger (de aanmelder of de politie): het nummer van een partner (een getal, bv. 17) of een naam; een naam die bij meer dan één persoon past, wordt geweigerd
cli_help-export_handout = Een hand-out voor een groep (Markdown): de ledenlijst van een mini-netwerk, zijn lessen en uitwisselingen, of het samenwerkingsprotocol en de deelregels
cli_help-export_handout-network = Het mini-netwerk: zijn nummer of naam (niet nodig voor het protocol)
cli_help-export_person = Alles wat over één persoon bijgehouden wordt, voor een inzageverzoek
cli_help-export_person-name = Hun naam of nummer; een naam die bij meer dan één persoon past, wordt geweigerd
cli_help-export_stakeholders = De partnerlijst (zonder gearchiveerden) als CSV voor Excel, of als JSON
cli_help-export_stakeholders-sep = Scheidingsteken tussen de kolommen van de CSV
cli_help-export_stakeholders-bom = Begin de CSV met een UTF-8-bytevolgordemarkering (Excel heeft die nodig voor accenten)
cli_help-import = Importeer uit een export van een rekenblad
cli_help-import_stakeholders = Partners uit een CSV-bestand (`;` `,` of tab; UTF-8 of Windows-1252; Nederlandse, Franse of Engelse kolomkoppen), een export van Outlook of Google Contacten, of vCards (.vcf)
cli_help-import_stakeholders-dry_run = Enkel controleren en rapporteren; niets schrijven
cli_help-import_stakeholders-mapping = Kolom naar veld, in plaats van de automatische koppeling: `Wie=name,Waar=organisation,Extra=ignore`
cli_help-import_stakeholders-skip_invalid = Importeer de geldige rijen, ook als andere ongeldig zijn (de geweigerde rijen komen naast het bestand, als NAAM-refused.csv, om te verbeteren en opnieuw te importeren)
cli_help-import_stakeholders-only_category = Enkel contacten in deze categorie of groep (categorieën van Outlook, labels van Google, CATEGORIES van vCard); herhaal voor meerdere
cli_help-import_stakeholders-on_duplicate = Wat te doen met mensen die al gekend zijn (zelfde naam en organisatie, of e-mailadres)
cli_help-audit = Toon het logboek
cli_help-audit-case = Enkel regels over deze casus (RT-JJJJ-NNN)
cli_help-audit-since = Enkel regels vanaf deze datum (2026-11-01, -30d)
cli_help-audit-superseded = Enkel exports met een notitie die sindsdien verbeterd of ingetrokken is: naar wie opnieuw sturen
cli_help-config = Toon een configuratiebestand met uitleg en elke instelling op haar standaardwaarde, of de namen van de toetsen voor de tabel [keys]
cli_help-config-default = Een configuratiebestand met uitleg en elke instelling op haar standaardwaarde
cli_help-config-keys = Van elke toets: de naam, de toetsen en wat ze doet
cli_help-completions = Toon de aanvullingen voor de shell: roundtable completions bash > /etc/bash_completion.d/roundtable
cli_help-man = Toon de handleiding (roff): roundtable man | man -l -
cli_help-actions = Toon de openstaande acties, eerst wat over tijd is (uitvoerders uit beschermde bronnen heten "een partner")
cli_help-actions-overdue = Enkel acties die over tijd zijn
cli_help-actions-owner = Enkel acties van deze uitvoerder (een deel van de naam)
cli_help-actions-case = Enkel acties van deze casus (RT-JJJJ-NNN)
cli_help-report = Het jaarverslag voor de burgemeester en de subsidiegever: enkel cijfers, kleine aantallen weggelaten, grafieken als teksttabellen (Markdown)
cli_help-report-year = Het kalenderjaar [standaard: dit jaar]
cli_help-action = Een actie afvinken, schrappen, aan iemand anders geven of de termijn verschuiven
cli_help-action_done = Een openstaande actie afvinken
cli_help-action_done-result = Een kort resultaat, één regel
cli_help-action_cancel = Een openstaande actie schrappen, met een reden
cli_help-action_reassign = Een openstaande actie aan een andere partner geven
cli_help-action_reassign-to = De naam van de nieuwe uitvoerder (zoals in de partnerlijst)
cli_help-action_due = De termijn van een openstaande actie verschuiven: 2026-12-01, +3d, +2w
cli_help-retention = Wat volgens de afgesproken bewaartermijnen aan de beurt is: afgesloten casussen (standaard) en oude exports
cli_help-retention-due = Toon de afgesloten casussen die gewist moeten worden (enkel referenties en data)
cli_help-retention-exports = Toon de exports die ouder zijn dan het afgesproken aantal dagen
cli_help-retention-remove = Met --exports: verwijder ze (genoteerd in het logboek)
cli_help-retention-dir = De exportmap [standaard: export_dir uit de configuratie, anders ~/roundtable-exports]
cli_help-erase = Wis een casus of een persoon (het recht op gegevenswissing); zie docs/security.md
cli_help-erase_case = Wis een casus: zijn notities, acties, beslissingen en concepten; zijn referentie blijft
cli_help-erase_case-reference = De casusreferentie, RT-JJJJ-NNN
cli_help--yes = Wissen; zonder deze optie enkel zeggen wat gewist zou worden
cli_help-erase_person = Wis een persoon: hun fiche wordt "een vroegere partner", hun contactlog verdwijnt
cli_help-erase_person-name = Hun volledige naam (zoals in de partnerlijst) of nummer; een naam die bij meer dan één persoon past, wordt geweigerd
cli_help-init = Maak een versleutelde databank (vraagt twee keer een wachtwoordzin; toont één keer een herstelsleutel, om op papier op een veilige plek te bewaren)
cli_help-init-group = Deel ze met deze Unix-groep: bestand 0660 in een setgid-map 2770
cli_help-encrypt = Versleutel een onversleutelde databank (een nieuw bestand, dat daarna op zijn plaats komt)
cli_help-passphrase = Stel uw wachtwoordzin in of wijzig hem (vanuit de eenmalige code van `team add`, uw huidige wachtwoordzin of de herstelsleutel)
cli_help-team = Wie toegang heeft tot een versleutelde databank
cli_help-team_add = Geef een collega (een Unix-account) toegang: toont een eenmalige code voor hen, die ze vervangen door hun eigen wachtwoordzin (`roundtable passphrase`)
cli_help-team_list = Wie toegang heeft
cli_help-team_remove = Neem iemands toegang af; de gegevenssleutel wordt vervangen, zodat een kopie van de oude niets opent wat daarna geschreven wordt
cli_help-help = Toon deze hulp of die van een opdracht
error-file_empty = het bestand is leeg
error-line_malformed = regel { $line }: { $detail }
error-cell_too_long = regel { $line }, kolom { $column }: een cel van { $len ->
        [one] { $len } teken
       *[other] { $len } tekens
    } (hoogstens { $max })
crypt-wrong_key = verkeerde wachtwoordzin of sleutel
crypt-tampered = de versleutelde waarde werd gewijzigd, verplaatst of ingekort
crypt-no_randomness = geen toeval beschikbaar: { $detail }
crypt-kdf_failed = sleutelafleiding: { $detail }
error-bad_case_ref = '{ $text }' is geen casusreferentie zoals RT-2026-001
schedule-closed = het overleg is afgesloten
schedule-already_present = zit al aan tafel
error-bad_date = '{ $text }' is geen datum (probeer 2026-11-29, vandaag, +7d, -2w)
key-messages = laatste meldingen
messages-title = Laatste meldingen (enkel deze sessie)
messages-none = Nog geen meldingen.
empty-no_match = Geen enkele partner past bij “{ $query }”. Esc wist de filter.
empty-quick_filter = Geen partners in deze snelfilter. f toont de volgende, Esc wist ze.
empty-all_archived = Iedereen is gearchiveerd. a toont de gearchiveerden.
empty-audit_kind = Niets van deze soort geregistreerd. f toont de volgende soort.
empty-actions_filter = Geen openstaande actie past bij deze filter. f wijzigt hem.
key-resume = verdergaan
lock-title = Vergrendeld
lock-ask_passphrase = Het scherm werd vergrendeld na een tijd zonder toetsaanslag. Typ uw wachtwoordzin en druk op Enter om verder te gaan.
lock-ask_confirm = Het scherm werd vergrendeld na een tijd zonder toetsaanslag. Druk op Enter om verder te gaan.
lock-checking = Bezig met controleren…
lock-refused = Die wachtwoordzin opent deze databank niet. Probeer opnieuw.
lock-kept = Alles wat open stond, ook ontwerpen, blijft zoals het was.
filter-matched_in = “{ $query }” gevonden in: { $fields }
filter-matched_loosely = “{ $query }”: een losse overeenkomst (de letters in deze volgorde)
minutes-followed_up = Afgesloten op dit overleg
minutes-action_done = Uitgevoerd op dit overleg.
minutes-action_cancelled = Geannuleerd op dit overleg.

# networks
network_kind-round_table = rondetafel
field-missing_at_table = Ontbreekt aan deze tafel
overview-check-missing = Mininetwerken zonder een sector die ze willen: { $n } ({ $names })
problem_status-solution_agreed = oplossing afgesproken
problem_status-done = uitgevoerd
invalid-problem_closed = uitgevoerd of geschrapt: noteer liever een nieuw probleem
invalid-problem_no_solution = schrijf eerst de afgesproken oplossing
invalid-problem_no_owner = een afgesproken oplossing heeft iemand nodig die ze uitvoert
invalid-problem_not_agreed = spreek eerst een oplossing af
invalid-problem_backwards = er is een oplossing afgesproken: het kan niet opnieuw open
invalid-problem_before_opened = vóór het probleem werd genoteerd
invalid-not_yet_held = niet vóór de datum
network-problem_days = genoteerd { $opened } · afgesproken { $agreed } · afgesloten { $closed }
network-planned = gepland
network-held = gehouden
network-host = gastheer: { $name }
network-invited = { $n ->
    [one] { $n } uitgenodigd
   *[other] { $n } uitgenodigd
}
network-came = { $n ->
    [one] { $n } aanwezig
   *[other] { $n } aanwezig
}
network-trainings = Opleidingen
network-trainer = door { $who }
network-attended = { $n ->
    [one] { $n } deelnemer: { $names }
   *[other] { $n } deelnemers: { $names }
}
field-host = Gastheer
field-exchange_people = Genodigd / aanwezig

# people
stage-identified = in beeld
stage-approached = aangesproken
stage-met = ontmoet
stage-engaged = betrokken
stage-declined = afgehaakt
picked-unknown = nog niet bekend
picked-yes = opgenomen
picked-no = niet opgenomen
pipeline-line = { $stage } sinds { $date }: { $name } ({ $organisation }), voorgesteld door { $by }
pipeline-none = Er wordt nog niemand gevolgd in het contacttraject.
pipeline-counts = Contacttraject: { $counts }
pipeline-bad_stage = onbekende fase '{ $stage }' (gekend: { $known })
stage-not_followed = niet gevolgd
field-stage = Stap 1
field-consent = Gegevens in lijst
field-language = Leest
language-interface = zoals de interface
invalid-stage_move = die overgang laat het contacttraject vandaag niet toe

# pipeline help
cli_help-pipeline = Stap 1: wie in beeld is, aangesproken, ontmoet, betrokken of afgehaakt, en sinds wanneer
cli_help-pipeline-stage = Enkel mensen in deze fase (identified = in beeld, approached = aangesproken, met = ontmoet, engaged = betrokken, declined = afgehaakt)

# attack
person_export-as_earlier_source = bracht de informatie aan in een eerdere versie (bron, intussen verbeterd)
person_export-as_earlier_owner = voerde de actie uit voor ze werd doorgegeven

# work
field-work_state = Status
field-came = Aanwezig
form-edit_exchange = Uitwisseling { $topic } ({ $date })
form-edit_training = Opleiding { $title } ({ $date })
invalid-came_while_planned = wie aanwezig was, hoort bij een uitwisseling of opleiding die gehouden is: zet ze op gehouden of maak de lijst leeg
audit_kind-network_work_changed = uitwisseling of opleiding gewijzigd
key-edit_exchange = uitwisseling wijzigen
key-show_trainings = opleidingen
key-show_networks = netwerken
key-plan_training = opleiding plannen
picker-edit_exchange = Welke uitwisseling?
status-no_exchanges = Dit netwerk heeft nog geen uitwisseling: met x plant u er een.
empty-trainings = Nog geen opleidingen: met n plant u er een.
col-trainer = Opleider
col-invited = Genodigd
col-attended = Aanwezig
training-detail_invited = Uitgenodigd ({ $n }): { $names }
training-detail_attended = Aanwezig ({ $n }): { $names }
# people (pipeline filter, routed concerns)
key-stage_filter = filteren op fase (stap 1)
stage-every = elke fase (geen fasefilter)
filter-stage = stap 1: { $stage }
empty-filters = Niemand blijft over met deze filters: { $filters }. p wijzigt de fase, f de snelfilter, Esc wist ze.
# month
status-form_draft_not_saved = Klad niet bewaard ({ $why }); wat u typte, staat nog in het formulier.
form-changed_meanwhile = Intussen gewijzigd: { $fields }; { $why }. De velden die u wijzigde, houden uw waarden; de andere tonen nu de bewaarde waarden: kijk ze na, dan bewaart Ctrl-S de uwe.
form-changed_meanwhile_nothing_here = { $why }. Geen van de velden van dit formulier werd gewijzigd; Ctrl-S bewaart uw waarden.
# search
key-search_all = alles doorzoeken
key-search_jump = erheen gaan
key-search_scope = dit overleg / alles
key-search_close = terug
key-search_everything = alles doorzoeken
search-kind_note = notitie
search-kind_action = actie
search-kind_decision = beslissing
search-kind_case = casus
search-kind_stakeholder = partner
search-kind_session = overleg
search-field_text = tekst
search-field_owner = wie doet het
search-field_reference = referentie
search-field_summary = samenvatting
search-field_name = naam
search-field_organisation = organisatie
search-field_role = functie
search-field_brings = brengt
search-field_title = titel
search-field_place = plaats
search-field_date = datum
search-title_everything = Alles doorzoeken: notities, casussen, acties, partners en overleggen
search-title_session = Dit overleg doorzoeken ({ $date })
search-type = Typ een woord: notities van elk overleg (in hun verbeterde versie), casussen, open en afgeronde acties, partners (naam, organisatie, functie, wat ze brengen) en overleggen. Hoofdletters en accenten tellen niet.
search-none = Niets bevat “{ $query }”.
search-none_session = Niets in dit overleg bevat “{ $query }”. Tab doorzoekt alles.
search-position = { $at } van { $total } { $total ->
        [one] treffer
       *[other] treffers
    }
search-retracted = { $kind } ✗
search-not_on_agenda = Het agendapunt van dat resultaat staat niet meer op de agenda van het overleg.
overview-check-pipeline = Contacttraject: { $waiting } onderweg, { $engaged } betrokken; { $moves ->
    [one] 1 overgang
   *[other] { $moves } overgangen
} in 30 dagen
overview-pipeline = Stap 1, { $moves ->
    [one] 1 overgang
   *[other] { $moves } overgangen
} in 30 dagen
invalid-concern_answer = kies opgenomen of niet opgenomen
invalid-concern_before_routed = vóór de bezorgdheid werd doorverwezen
invalid-date_future = niet na vandaag
# lang: clap's own words
cli_help-default_value = [standaard: { $value }]
cli_help-possible_values = [mogelijke waarden: { $values }]
cli_value-options = OPTIES
cli_value-command = OPDRACHT
cli_value-path = PAD
cli_value-file = BESTAND
cli_value-dir = MAP
cli_value-lang = TAAL
cli_value-n = N
cli_value-name = NAAM
cli_value-ref = REF
cli_value-date = DATUM
cli_value-seq_hash = VOLGNR:HASH
cli_value-stakeholder = PARTNER
cli_value-network = NETWERK
cli_value-session = OVERLEG
cli_value-format = FORMAAT
cli_value-col_field____ = KOLOM=VELD,...
cli_value-dest = DOEL
cli_value-id = NUMMER
cli_value-on_duplicate = BIJ_DUBBEL
cli_value-reason = REDEN
cli_value-reference = REFERENTIE
cli_value-result = RESULTAAT
cli_value-sep = SCHEIDINGSTEKEN
cli_value-shell = SHELL
cli_value-stage = FASE
cli_value-user = GEBRUIKER
cli_value-what = WAT
cli_value-year = JAAR
cli_error-error = fout:
cli_error-more = Meer uitleg krijgt u met '{ $flag }'.
cli_error-unknown_argument = onverwacht argument '{ $arg }'
cli_error-unknown_command = onbekende opdracht '{ $command }'
cli_error-missing_value = '{ $arg }' heeft een waarde nodig, maar er werd geen gegeven
cli_error-bad_value = ongeldige waarde '{ $value }' voor '{ $arg }'
cli_error-missing_arguments = deze verplichte argumenten ontbreken:
cli_error-missing_command = '{ $command }' heeft een opdracht nodig, maar er werd geen gegeven
cli_error-conflict = het argument '{ $arg }' kan niet samen met '{ $other }' gebruikt worden
cli_error-conflict_any = het argument '{ $arg }' kan niet samen met een van de andere gegeven argumenten gebruikt worden
cli_error-given_twice = het argument '{ $arg }' mag maar één keer gegeven worden
cli_error-too_many_values = onverwachte waarde '{ $value }' voor '{ $arg }'; er werden er niet meer verwacht
cli_error-wrong_number_of_values = verkeerd aantal waarden voor '{ $arg }'
cli_error-no_equals = '{ $arg }' krijgt zijn waarde na een gelijkteken (=)
cli_error-invalid_utf8 = een of meer argumenten zijn geen geldige UTF-8
cli_error-other = de argumenten konden niet gelezen worden
cli_error-similar = tip: bedoelt u '{ $similar }'?
cli_error-as_value = tip: om '{ $arg }' als waarde door te geven, schrijft u '{ $use }'
cli_error-remove_dashes = tip: de opdracht '{ $command }' bestaat; laat de '--' ervoor weg om ze te gebruiken
label-value = { $label }: { $value }
label-colon = { $label }:
network-cancelled = afgelast
field-training_network = Netwerk
person_export-exchange_as = uitwisseling van { $network }: { $topic } ({ $roles })
person_export-training_as = opleiding: { $title } ({ $roles })
person_export-host = gastheer
person_export-came = aanwezig
person_export-attended = gevolgd
key-route_concern = doorverwezen bezorgdheden
concern-new = Nieuwe bezorgdheid doorverwijzen naar een andere dienst…
picker-concerns = Doorverwezen bezorgdheden
concern-heading = Bezorgdheden doorverwezen naar andere diensten
form-route_concern = Bezorgdheid doorverwijzen: { $about }
form-concern_answer = Antwoord op: { $what }
field-concern_what = Wat
field-concern_to_partner = Naar een partner
field-concern_to_service = Of naar een dienst
field-concern_answer = Antwoord
invalid-concern_one_recipient = een partner of een dienst, niet allebei
invalid-concern_recipient = vermeld de partner of de dienst waar ze naartoe gaat
picker-open_concerns = Doorverwezen bezorgdheden zonder antwoord
overview-check-concerns_open = Doorverwezen bezorgdheden zonder antwoord: { $n }{ $n ->
    [0] {""}
   *[other] ; de oudste wacht al { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }
}
person_export-concerns_routed = Bezorgdheden doorverwezen naar andere diensten
person_export-concern_to_you = u
person_export-concern = - { $on } doorverwezen naar { $to } ({ $state }): { $what }
key-move_stage = fase wijzigen
form-pipeline_move = Stap 1: { $name }
invalid-stage_before_last = vóór de vorige overgang
agenda-not_at_the_table = Geen agenda voor { $who }: niet uitgenodigd voor dit overleg en bij geen enkele van zijn casussen betrokken, dus een agenda zou enkel vertellen wanneer en waar de tafel samenkomt en hoeveel voor hen verborgen blijft. Om er een te sturen: nodig hen eerst uit (e op het overleg in het tabblad Casusoverleg) en exporteer dan opnieuw.

# review
store-person_erased = deze persoon is gewist: er wordt niets meer over hen bewaard

# forms
# A date field's first value: the word for today that the date parser reads (domain::parse::TODAY_WORDS).
date-today = vandaag
# audit
audit_kind-concern_routed = bezorgdheid doorverwezen naar een dienst
audit_kind-concern_answered = antwoord op doorverwezen bezorgdheid genoteerd
form-record_erased = Deze persoon werd intussen gewist: niets van dit formulier kan nog bewaard worden. Enkel Esc blijft over (dat sluit het formulier).

# gaps
# The section headings of `roundtable man` (capitals, as man pages have them).
man_heading-name = NAAM
man_heading-synopsis = SAMENVATTING
man_heading-description = BESCHRIJVING
man_heading-extra = OPMERKINGEN
man_heading-version = VERSIE
man_heading-authors = AUTEURS
# lang
# The role a new member of a mini-network is proposed (data: it is saved as typed).
member-default_role = lid
# Between two suggestions of clap's, closing the quote of one and opening the next's.
cli_error-similar_or = {"' of '"}
key-back_to_search = terug naar de zoekresultaten
# sharing
person_export-consent_given = toestemming gegeven op { $given }
person_export-consent_withdrawn = toestemming gegeven op { $given }, ingetrokken op { $withdrawn }
minutes-not_at_the_table = Geen verslag voor { $who }: niet uitgenodigd voor dit overleg, niet aanwezig en bij geen enkele van zijn casussen betrokken, en niets ervan mag naar hen; een verslag zou hen enkel vertellen dat de tafel samengekomen is, en wanneer.
feedback-not_involved = Geen terugkoppelingsfiche voor { $who }: niet betrokken bij casus { $case } (need-to-know), en alleen al de titel zou hen de casus en zijn status verraden.
export-folder_open = De exportmap { $path } is niet privé (rechten { $mode }, of van een andere account): andere accounts zouden de namen van de exports kunnen oplijsten, en die verraden welke casus naar welke partner ging. Er werd niets weggeschreven. Zet de map op uw naam en maak ze privé (chmod 700 { $path }), of kies een andere export_dir in het configuratiebestand.
# lang2
# The manual's name, at the top of every page of `roundtable man` (man's own default in English).
man_heading-manual = Handleiding algemene opdrachten
# keys
search-indexing = Alle gegevens worden klaargezet om te zoeken… De resultaten verschijnen zodra dat klaar is; u kunt al typen.
# gaps: the help of every command-line argument
cli_help--format = Uitvoerformaat: md (Markdown) of txt (platte tekst)
cli_help-export_stakeholders-format = Uitvoerformaat: csv (voor Excel, zie --sep en --bom) of json
cli_help-export_handout-what = Welke hand-out: directory (de leden, per sector), lessons (geleerde lessen en verslagen van uitwisselingen) of agreement (het samenwerkingsprotocol en de deelregels)
cli_help-import_stakeholders-file = Het bestand om in te lezen: CSV, een export van Outlook of Google Contacten, of vCards (.vcf)
cli_help-completions-shell = De shell waarvoor ze geschreven worden
cli_help--id = Het nummer van de actie (zoals `roundtable actions` het toont)
cli_help-action_cancel-reason = Waarom ze geschrapt wordt, één regel
cli_help-action_due-date = De nieuwe termijn: 2026-12-01, of vanaf vandaag +3d, +2w
cli_help--user = De naam van de Unix-account van de collega
# craft audit
meeting-hints_more = { $n ->
    [one] en nog 1
   *[other] en nog { $n }
}
filter-text = “{ $query }”

# which field matched
filter-matched_letters = “{ $query }”: de letters staan in { $fields }

# loose ends of #19
help-own_keys = In deze hulp
key-scroll_top = naar het begin
key-scroll_bottom = naar het einde
key-toggle_choice = aan/uit
key-done_choosing = klaar
