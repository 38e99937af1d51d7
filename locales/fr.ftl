# Catalogue français (Belgique), en Project Fluent (https://projectfluent.org) : `id = texte`,
# `{ $nom }` rempli par le programme, les nombres par des sélecteurs de pluriel (en français,
# `one` couvre 0 et 1). Les dates et les nombres arrivent déjà formatés par le programme.
tab-stakeholders = Partenaires
tab-networks = Mini-réseaux
tab-sessions = Tables rondes
tab-sharing = Partage

ui-too_small = Fenêtre trop petite ({ $w }×{ $h }) : roundtable demande au moins { $min_w }×{ $min_h }.
ui-loading = Chargement…
ui-database = roundtable
ui-records = { $n } { $n ->
        [one] partenaire
       *[other] partenaires
    }
status-saved = Enregistré.
error-newer = Cette base de données a été écrite par une version plus récente de roundtable (schéma { $found } ; cette version lit jusqu'au schéma { $supported }).

confirm-title = Confirmer ?
confirm-quit_unsaved = Tout n'est pas encore enregistré. Quitter quand même ? (o/n)
help-title = Touches

key-confirm_yes = oui
key-confirm_no = non
key-close_help = fermer
key-scroll_up = remonter
key-scroll_down = descendre
key-up = haut
key-down = bas
key-page_up = page préc.
key-page_down = page suiv.
key-top = début
key-bottom = fin
key-next_tab = onglet suivant
key-prev_tab = onglet précédent
key-tab_stakeholders = onglet Partenaires
key-tab_networks = onglet Mini-réseaux
key-tab_sessions = onglet Tables rondes
key-tab_sharing = onglet Partage
key-reload = relire la base de données
key-help = aide
key-back = retour
key-quit = quitter

col-name = Nom
col-organisation = Organisation
col-sector = Secteur
col-network = Réseau
col-tier = Niveau
col-kind = Type
col-lead = Pilote
col-members = Membres
col-date = Date
col-title = Titre
col-status = Statut
col-cases = Cas
col-open_actions = Actions
col-rule = Règle
col-active = Active

empty-stakeholders = Aucun partenaire pour l'instant.
empty-networks = Aucun mini-réseau pour l'instant.
empty-sessions = Aucune réunion de table ronde pour l'instant.
empty-rules = Aucune règle de partage pour l'instant.
empty-agreement = Aucun accord de partage enregistré pour l'instant.

field-communities = Publics touchés
field-referred_by = Orienté par
field-contact = Contact
field-cadence = Garder le contact
field-every_days = { $n ->
        [one] chaque jour
       *[other] tous les { $n } jours
    }
field-shared_goal = Objectif commun
field-selection = Pourquoi à la table
field-contact_point = Personne de contact
field-missing_sectors = Manquants
field-chair = Présidence
field-attendance_counts = { $invited } { $invited ->
        [one] invité
       *[other] invités
    } · { $present } { $present ->
        [one] présent
       *[other] présents
    } · { $excused } { $excused ->
        [one] excusé
       *[other] excusés
    } · { $absent } { $absent ->
        [one] absent
       *[other] absents
    }
field-purpose = Finalité
field-legal_basis = Base légale
field-default_labels = Par défaut

formality-formal = formel
formality-informal = informel
tier-practitioner = terrain
tier-policy = stratégique

sector-local_authority = Commune
sector-police = Police
sector-justice = Justice
sector-mental_health = Santé mentale
sector-health = Santé
sector-education = Enseignement
sector-social_welfare = Aide sociale
sector-youth_work = Jeunesse
sector-religious = Cultes
sector-sports = Sport
sector-culture = Culture
sector-community = Associatif
sector-business = Commerce
sector-housing = Logement
sector-employment = Emploi
sector-other = Autre

network_kind-sector = secteur
network_kind-area = quartier
network_kind-theme = thème
network_kind-community = communauté

session_status-planned = prévue
session_status-in_progress = en cours
session_status-closed = clôturée

case_status-signalled = signalé
case_status-triage = analyse
case_status-in_discussion = en discussion
case_status-follow_up = suivi
case_status-closed = clôturé

tlp-red = Réservé aux seuls destinataires, à titre personnel : aucune diffusion.
tlp-amber_strict = Diffusion limitée à l'organisation du destinataire, et seulement à qui doit savoir.
tlp-amber = Diffusion limitée : les destinataires peuvent la transmettre, à qui doit savoir, au sein de leur organisation et auprès des clients de celle-ci.
tlp-green = Diffusion limitée : les destinataires peuvent la transmettre au sein de leur communauté.
tlp-clear = Les destinataires peuvent la diffuser largement : aucune limite.
pap-red = Aucune action que la personne concernée pourrait remarquer.
pap-amber = Vérifications passives uniquement.
pap-green = Action active autorisée.
pap-clear = Aucune restriction.

rule_kind-case_need_to_know = besoin de savoir
rule_kind-no_criminal_use = sans usage pénal
rule_kind-custom = règle convenue

sharing-labels = Labels (TLP 2.0 et PAP)
sharing-agreement = Accord de partage
sharing-rules = Règles

key-pick = choisir
key-cancel = annuler
key-save = enregistrer
key-next_field = champ suivant
key-prev_field = champ précédent
key-choose = suivant ou liste
key-keep_filter = garder le filtre
key-clear_filter = effacer le filtre
key-new = nouveau
key-edit = modifier
key-open = ouvrir
key-back_to_list = retour à la liste
key-log_contact = noter un contact
key-filter = filtrer
key-quick_filter = filtre rapide
key-sector_filter = filtrer par secteur
key-sort = trier
key-reverse_sort = inverser le tri
key-archive = archiver/supprimer
key-restore = restaurer
key-show_archived = voir les archivés

col-last_contact = Dern.
col-cadence = Contact

age-days = { $n } j
cadence-overdue = ⚠ { $n } j
cadence-never = ⚠ jamais
cadence-due = dans { $n } j
cadence-ok = ok
cadence-overdue_long = en retard de { $n } { $n ->
        [one] jour
       *[other] jours
    }
cadence-never_long = jamais contacté
cadence-due_long = prochain contact dans { $n } { $n ->
        [one] jour
       *[other] jours
    }
cadence-none = pas de rythme fixé

quick-all = tous
quick-overdue = contacts en retard
quick-key_figures = personnes clés
quick-informal = réseau informel
quick-policy = niveau stratégique
quick-practitioners = acteurs de terrain
quick-only_problems = contactés seulement pour des problèmes
quick-takes_only = reçoivent sans jamais donner
quick-sector = secteur
quick-with_archived = avec les archivés

archived = archivé
warn-only_problems = ⚠ Contacté uniquement pour des problèmes : gardez aussi le contact en dehors de ceux-ci.
warn-takes_only = ⚠ reçoit sans jamais donner
reciprocity-line = a donné { $given } · a reçu { $received }
field-reciprocity = Réciprocité
field-referred = Orientés
field-networks = Réseaux
field-trainings = Formations
field-contact_log = Contacts
field-notes = Notes
field-name = Nom
field-organisation = Organisation
field-role = Fonction
field-sector = Secteur
field-sector_other = Autre secteur
field-formality = Formel/informel
field-tier = Niveau
field-key_figure = Personne clé
field-phone = Téléphone
field-email = E-mail
field-date = Date
field-channel = Canal
field-purpose_contact = Objet
field-summary = Résumé

channel-meeting = réunion
channel-phone = téléphone
channel-email = e-mail
channel-visit = visite
channel-event = événement
channel-other = autre
purpose-maintenance = entretien du lien
purpose-problem = problème

form-new_stakeholder = Nouveau partenaire
form-edit_stakeholder = Modifier { $name }
form-log_contact = Contact avec { $name }
form-none = (aucun)
form-saving = enregistrement…
form-hint = Tab/S-Tab champ · Enter champ suivant · Ctrl-S enregistrer · Esc annuler

invalid-required = obligatoire
invalid-email = pas une adresse e-mail
invalid-phone = pas un numéro de téléphone
invalid-days = un nombre de jours, de 1 à 3650
invalid-date = pas une date : essayez 2026-11-29, aujourd'hui, +7j, -2s
invalid-self_referral = ne peut pas s'orienter soi-même

picker-count = { $n } sur { $total }
confirm-discard = Abandonner vos modifications ? (o/n)
confirm-delete = Supprimer définitivement { $name } ? Rien n'y fait référence. (o/n)
status-archived = { $name } archivé (u pour restaurer).
status-restored = { $name } restauré.
status-deleted = Supprimé.

tab-cases = Cas
col-reference = Cas
col-referred_by = Orienté par
col-review = Révision
empty-cases = Aucun cas pour l'instant.
field-case_summary = Résumé (sans noms)
field-closure_reason = Motif de clôture
field-explanation = Explication
field-onward_referral = Réorienté vers
field-reference = Référence
field-review = Prochaine révision
field-lead = Partenaire pilote
field-time = Heure
field-title = Titre
field-invitees = Invités
field-invite_network = Inviter un réseau
field-propose_agenda = Proposer l'ordre du jour
form-default_session_title = Table ronde des partenaires
form-new_session = Nouvelle réunion de table ronde
form-new_case = Nouveau cas
form-edit_case = Modifier { $case }
form-close_case = Clôturer { $case }
invalid-case_ref = une référence comme RT-2026-001
invalid-case_ref_taken = cette référence existe déjà
invalid-time = une heure comme 14:00
confirm-close_session = Clôturer cette réunion ? Son résumé sera affiché. (o/n)

closure-resolved = résolu
closure-signposted = orienté ailleurs
closure-moved_away = a déménagé
closure-handed_over = transmis
closure-other = autre

case-timeline = Historique
case-discussed = discuté lors de { $session }
case-status_change = statut { $from } → { $to } par { $by }
case-file_title = Dossier du cas { $case }

key-add_to_agenda = ajouter à une réunion
key-attendance = présences
key-case_status = statut du cas
key-close = fermer
key-close_session = clôturer la réunion
key-leave_meeting = quitter la réunion
key-new_case = nouveau cas
key-new_session = nouvelle réunion
key-next_item = point suivant
key-prev_item = point précédent
key-open_case = dossier du cas
key-open_meeting = ouvrir la réunion
key-pap = choisir le PAP
key-tlp = choisir le TLP
key-presence = présent/excusé/absent
key-protect = protéger la source
key-save_note = enregistrer la note
key-show_cases = cas
key-show_sessions = réunions
key-source = source
key-write = écrire

meeting-agenda = Ordre du jour
meeting-attendance = Présents { $present }/{ $invited }
meeting-decisions = ◆ { $n } { $n ->
        [one] décision
       *[other] décisions
    }
meeting-draft_saved = brouillon enregistré
meeting-draft_unsaved = saisie…
meeting-general = Général
meeting-line = ligne
meeting-no_agenda = Aucun point à l'ordre du jour.
meeting-no_notes = Pas encore de note sur ce point.
meeting-no_source = —
meeting-note = Note
meeting-placeholder = Tapez la note ; action : @nom quoi échéance:+7j · décision : quoi
meeting-protected = source protégée
meeting-saving = enregistrement…
meeting-source = source

picker-case_status = Statut du cas
picker-session = Ajouter à quelle réunion ?
picker-source = De qui vient l'information ?

status-added_to_agenda = { $case } ajouté à { $session }.
status-already_on_agenda = { $case } est déjà à cet ordre du jour.
status-case_status = { $case } : { $status }.
status-draft_not_saved = Brouillon non enregistré ({ $why }) ; votre texte est toujours dans l'éditeur.
status-draft_restored = Votre note non enregistrée a été récupérée.
status-no_open_session = Aucune réunion prévue : créez-en une d'abord (n dans la liste des réunions).
status-note_not_saved = Note NON enregistrée ({ $why }) ; votre texte est toujours dans l'éditeur.
status-note_saved = Note enregistrée ({ $a } { $a ->
        [one] action
       *[other] actions
    }, { $d } { $d ->
        [one] décision
       *[other] décisions
    }).

summary-title = Résumé — { $title }
summary-counts = { $notes } { $notes ->
        [one] note
       *[other] notes
    } · { $decisions } { $decisions ->
        [one] décision
       *[other] décisions
    } · { $actions } { $actions ->
        [one] action
       *[other] actions
    }
summary-decisions = Décisions
summary-actions = Actions
summary-cases = Cas dont le statut a changé
summary-close_hint = Esc ferme la réunion.

hint-no_owner = action sans @responsable ; gardée comme texte
hint-unknown_owner = qui est
hint-bad_due = pas une date :
hint-empty_action = action sans texte ; gardée comme texte
hint-empty_decision = décision vide ; gardée comme texte
meeting-earlier = En suspens depuis les réunions précédentes

col-contact_point = Contact
col-sectors = Sect.
field-vision = Vision
field-wanted_sectors = Secteurs souhaités
field-sub_networks = Inclut les réseaux
field-network_kind = Type
field-member_role = Rôle
field-brings = Apporte
field-gains = Y trouve
field-problem = Problème
field-solution = Solution convenue
field-owner = Qui s'en charge
field-problem_status = Statut
field-lesson = Leçon retenue
field-topic = Sujet
field-attendees = Participants
field-trainer = Formateur
form-new_network = Nouveau mini-réseau
form-edit_network = Modifier { $name }
form-member = { $name }, membre de { $network }
form-new_problem = Nouveau problème → solution
form-edit_problem = Problème → solution
form-exchange = Réunion d'échange — { $network }
form-new_training = Nouvelle formation
invalid-self_network = un réseau ne peut pas s'inclure lui-même
picker-add_member = Ajouter qui ?
picker-remove_member = Retirer qui ?
status-member_removed = Membre retiré.
key-new_network = nouveau réseau
key-add_member = ajouter un membre
key-remove_member = retirer un membre
key-log_problem = problème → solution
key-log_exchange = réunion d'échange
key-new_training = noter une formation
network-members = Membres
network-brings = apporte { $what }
network-gains = y trouve { $what }
network-directory = Qui peut faire quoi
network-combined = { $n ->
        [one] { $n } personne
       *[other] { $n } personnes
    } dans les réseaux inclus
network-problems = Problèmes → solutions
network-lesson = leçon : { $what }
network-exchanges = Réunions d'échange
problem_status-open = ouvert
problem_status-dropped = abandonné
key-add_topic = ajouter un sujet
key-item_up = monter le point
key-item_down = descendre le point
key-drop_item = retirer le point
form-new_topic = Nouveau point à l'ordre du jour
confirm-drop_item = Retirer ce point de l'ordre du jour ? (o/n)
status-item_has_notes = Ce point a des notes ; il reste à l'ordre du jour.

withheld-red = dit à la table uniquement, jamais mis par écrit
withheld-not_present = destinataire absent
withheld-not_invited = destinataire non invité
withheld-not_member = destinataire non membre du réseau
withheld-not_involved = concerne un cas dont le destinataire ne s'occupe pas
withheld-not_for_feedback = note de discussion (jamais dans une fiche de retour)
minutes-title = Compte rendu — { $title } ({ $date })
minutes-for = Pour : { $who }
minutes-prepared = Établi le { $at } par { $by }
minutes-rule = Chaque point porte son label TLP et PAP. Tout partage au-delà du label demande l'accord de la source.
minutes-present = Présents : { $who }
minutes-case = Cas { $case }
minutes-general = Autres points
minutes-a_partner = un partenaire
minutes-source = Source : { $who }
minutes-who_acts = Qui agit : { $who }
minutes-due = pour le { $date }
minutes-decision = Décision
minutes-action = Action
minutes-nothing = Rien de cette réunion ne peut être partagé avec ce destinataire.
minutes-none_withheld = Aucun point n'a été écarté.
minutes-withheld = { $count ->
        [one] { $count } point non transmis : { $why }.
       *[other] { $count } points non transmis : { $why }.
    }
feedback-title = Fiche de retour — cas { $case }
feedback-rule = Décisions et actions convenues par consensus des membres présents ; pas de notes de discussion.
feedback-status = Statut du cas : { $status }
feedback-nothing = Aucune décision ni action ne peut encore faire l'objet d'un retour.

key-write_export = écrire le fichier
key-cancel_export = annuler (enregistré)
key-edit_agreement = modifier l'accord
key-new_rule = nouvelle règle
key-toggle_rule = règle oui/non
key-show_audit = journal d'audit
key-show_rules = règles
key-audit_filter = filtrer par type
key-export_minutes = compte rendu pour…
key-feedback = fiche de retour
key-consensus = consensus sur le retour
picker-recipient = Pour qui ?
preview-title = Ce qui irait à { $who }
preview-goes_out = Transmis : { $n } { $n ->
        [one] point
       *[other] points
    }
preview-withheld = Non transmis : { $n } { $n ->
        [one] point
       *[other] points
    }
preview-file = Sera écrit dans { $path }
preview-hint = w écrit le fichier · Esc annule (la décision est enregistrée)
status-exported = Écrit dans { $path } ; noté au journal d'audit.
status-export_cancelled = Export annulé ; la décision de ne pas partager est enregistrée.
status-rule_on = Règle activée.
status-rule_off = Règle désactivée.
status-consensus_on = Les membres présents acceptent les fiches de retour de cette réunion.
status-consensus_off = Pas de consensus sur les retours pour cette réunion.
status-nothing_selected = Rien n'est sélectionné.
form-agreement = Accord de partage
form-new_rule = Nouvelle règle de partage
field-default_tlp = TLP par défaut
field-default_pap = PAP par défaut
field-rule_kind = Type
field-rule_text = Règle
sharing-audit = Journal d'audit
col-when = Quand
col-who = Qui
col-what = Quoi
col-subject = Objet
col-for = Pour
empty-audit = Rien d'enregistré pour l'instant.
audit-included = Inclus ({ $n })
audit-withheld = Non transmis ({ $n })
audit-link = lié à { $hash }…
audit_kind-export = export de compte rendu
audit_kind-export_cancelled = export annulé
audit_kind-feedback = fiche de retour
audit_kind-case_opened = dossier de cas ouvert
audit_kind-case_changed = cas modifié
audit_kind-note_changed = note modifiée
audit_kind-restore = restauration
key-import = importer un CSV
key-export_list = exporter pour Excel
form-import = Importer des partenaires
field-file = Fichier (CSV, vCard)
field-on_duplicate = Personnes déjà connues
field-skip_invalid = Ignorer les lignes non valides
import-skip = les ignorer
import-merge = compléter leurs champs vides
import-title = Aperçu de l'import
import-read_as = Lu en { $encoding }, séparateur { $sep }
import-counts = { $valid } { $valid ->
        [one] valide
       *[other] valides
    } · { $invalid } { $invalid ->
        [one] non valide
       *[other] non valides
    } · { $dups } { $dups ->
        [one] déjà connu
       *[other] déjà connus
    }
import-kept_in_notes = (gardé dans les notes)
import-problems = Problèmes
import-duplicates = Déjà connus
import-line = ligne
import-hint = w importe en une seule transaction · Esc annule
import-hint_blocked = Certaines lignes sont refusées : w importe les autres après une confirmation · Esc annule
status-reading = Lecture du fichier…
status-import_invalid = Certaines lignes ne sont pas valides : rien n'a été importé. Corrigez le fichier ou ignorez les lignes non valides.
status-imported = Importé : { $new } { $new ->
        [one] nouveau
       *[other] nouveaux
    }, { $merged } { $merged ->
        [one] fusionné
       *[other] fusionnés
    }, { $skipped } { $skipped ->
        [one] ignoré
       *[other] ignorés
    }.
meeting-not_saved = NON ENREGISTRÉ : { $why }
status-form_restored = Le formulaire que vous remplissiez quand la connexion a été coupée a été récupéré.

error-missing = { $path } : cette base de données n'existe pas (créez-en une en lançant roundtable sans --db, ou avec --demo)
error-not_a_database = { $path } : pas une base de données roundtable ({ $detail })
error-newer_file = { $path } : écrit par une version plus récente de roundtable (schéma { $found } ; cette version lit jusqu'au schéma { $supported }) ; mettez roundtable à jour
error-busy = { $path } : utilisé par un autre processus depuis plus de 5 s ; réessayez
error-io = { $path } : { $detail }
error-conflict = non enregistré : { $by } l'a modifié à { $at }, après votre ouverture
error-gone = { $kind } { $id } n'existe plus
error-codec = { $kind } { $id } : { $detail }
error-not_empty = { $path } : la base de données n'est pas vide (utilisez --force pour remplacer son contenu)
error-invalid = données non valides : { $detail }
error-db = erreur de base de données : { $detail }

cli-no_stakeholder_id = aucun partenaire avec l'id { $id }
cli-no_stakeholder_match = aucun partenaire ne correspond à « { $spec } »
cli-ambiguous_stakeholder = « { $spec } » correspond à { $n } { $n ->
        [one] partenaire
       *[other] partenaires
    } : { $candidates } ; donnez l'id, par ex. --for 17
cli-no_session = aucune réunion avec l'id { $id }
cli-no_case = aucun cas { $case }
cli-bad_separator = le séparateur doit être un seul caractère ASCII
cli-no_home = impossible de trouver un dossier personnel pour la base de données ; indiquez --db CHEMIN
cli-restored = { $n } { $n ->
        [one] enregistrement restauré
       *[other] enregistrements restaurés
    } dans { $path }
cli-backup_done = { $from } → { $to } ({ $bytes } { $bytes ->
        [one] octet
       *[other] octets
    })
cli-check_ok = { $path } : ok (schéma { $schema } ; { $counts })
cli-needs_terminal = l'interface a besoin d'un terminal ; pour les scripts, utilisez les sous-commandes (voir --help)
cli-internal_error = erreur interne ; votre saisie a été gardée comme brouillon. Merci de signaler le problème.
cli-no_raw_mode = impossible de passer le terminal en mode brut
cli-no_terminal_setup = impossible de préparer le terminal
cli-no_signals = impossible d'installer les gestionnaires de signaux
cli-import_read = { $file } : { $rows } { $rows ->
        [one] ligne
       *[other] lignes
    }, { $encoding } ({ $sep }) ; colonnes : { $columns }
cli-import_counts = { $valid } { $valid ->
        [one] valide
       *[other] valides
    }, { $invalid } { $invalid ->
        [one] non valide
       *[other] non valides
    }, { $dups } { $dups ->
        [one] déjà connu
       *[other] déjà connus
    } ({ $what })
cli-dups_skipped = ignorés
cli-dups_merged = fusionnés
cli-imported = importé : { $new } { $new ->
        [one] nouveau
       *[other] nouveaux
    }, { $merged } { $merged ->
        [one] fusionné
       *[other] fusionnés
    }, { $skipped } { $skipped ->
        [one] ignoré
       *[other] ignorés
    }
import-bad_phone = « { $v } » n'est pas un numéro de téléphone
import-bad_email = « { $v } » n'est pas une adresse e-mail
import-bad_days = « { $v } » n'est pas un nombre de jours
import-name_required = le nom est obligatoire
help-meeting = L'écran de réunion
# ui
distribution-nobody = Jamais mis par écrit, pour personne.
distribution-present = Les présents à la réunion.
distribution-invited = Les invités, et toute personne présente.
distribution-network = Les membres du réseau.
distribution-anyone = Tout le monde.
distribution-need_to_know = Points sur un cas : uniquement ceux qui s'en occupent (besoin de savoir).
labels-label = Label
labels-standard_short = Sens standard (FIRST)
labels-rule_short = Règle de ce réseau
labels-standard_prefix = Standard (FIRST) :
labels-rule_prefix = Ce réseau :
labels-pap_more = PAP (ce qu'un destinataire peut en faire) : voir l'aide (?)
minutes-labels = Labels : le sens du standard (FIRST TLP 2.0), puis qui reçoit le point dans ce réseau.
# output files
output-exists = { $path } : le fichier existe ; rien n'a été écrit (utilisez --force pour le remplacer)
output-symlink = { $path } : est un lien symbolique ; rien n'a été écrit (donnez le vrai nom du fichier)
output-database = { $path } : est la base de données elle-même ; rien n'a été écrit
output-not_a_file = { $path } : n'est pas un fichier ordinaire ; rien n'a été écrit
output-io = { $path } : { $error }
cli-and_more = , et { $n } { $n ->
        [one] autre
       *[other] autres
    }
cli-namesake_known = ligne { $line } : « { $name } » porte le même nom que #{ $id } ({ $org }) ; ce sera une deuxième personne (vérifiez avant d'envoyer quoi que ce soit à l'une ou l'autre)
cli-namesake_line = ligne { $line } : « { $name } » porte le même nom qu'à la ligne { $other } ; ce sera une deuxième personne
# store
error-damaged = { $path } : { $detail } ; rien n'a été modifié (roundtable ne répare jamais l'unique copie). Lisez ce qu'elle contient avec `roundtable dump --salvage` ou `roundtable backup --salvage FICHIER`
store-needs_repair = la base de données est endommagée ou n'a pas été fermée proprement, et doit être réparée
store-panicked = la base de données est endommagée : sa lecture a échoué ({ $what })
store-integrity_failed = la base de données est endommagée : le contrôle des pages de redb a échoué
store-ids_behind = le compteur d'id { $key } est à { $counter }, mais un enregistrement avec l'id { $max } existe : de nouveaux enregistrements remplaceraient des existants
store-id_taken = { $kind } { $id } existe déjà : le compteur d'id est en retard (lancez `roundtable check`)
store-ids_exhausted = plus d'id disponible pour { $kind }
cli-salvaged = { $n } { $n ->
        [one] enregistrement récupéré
       *[other] enregistrements récupérés
    } ; { $skipped } { $skipped ->
        [one] illisible
       *[other] illisibles
    }
cli-value_too_long = une valeur dépasse la limite de 1 Mio par valeur
cli-command_panicked = { $path } : erreur interne ; la commande s'est arrêtée (rien n'a été enregistré à moitié). Merci de signaler le problème.
minutes-label_line = { $label } — standard (FIRST) : { $standard } Ce réseau : { $rule }
meeting-default_label = selon l'accord
chooser-title = Label de cette note : une lettre le choisit
key-tlp_red = TLP:RED
key-tlp_amber_strict = TLP:AMBER+STRICT
key-tlp_amber = TLP:AMBER
key-tlp_green = TLP:GREEN
key-tlp_clear = TLP:CLEAR
preview-nothing_not_present = Rien n'est transmis : { $n ->
        [one] { $n } point est
       *[other] les { $n } points sont
    } { $label }, qui va à : { $rule } { $who } n'était pas présent.
preview-nothing = Rien n'est transmis à { $who } : chaque point est écarté, pour les raisons ci-dessous.
status-draft_restored_strictest = Votre note non enregistrée a été récupérée, mais sans ses labels : elle est TLP:RED, PAP:RED et sa source protégée (le plus strict) jusqu'à ce que vous choisissiez.
audit_kind-session_reopened = réunion rouverte
key-reopen_session = rouvrir une réunion clôturée
confirm-reopen_session = Rouvrir cette réunion clôturée ? Les comptes rendus déjà envoyés ne montreront pas ce qui sera ajouté. C'est noté au journal d'audit.
status-session_closed = Cette réunion est clôturée : lecture seule (ses comptes rendus ont pu partir). Appuyez sur o pour la rouvrir.
status-session_not_closed = Cette réunion n'est pas clôturée.
status-session_busy = La réunion est encore en cours d'enregistrement ; réessayez dans un instant.
status-session_reopened = Réunion rouverte ; noté au journal d'audit.
meeting-read_only = clôturée : lecture seule (o rouvre)
status-export_checking = Dernière vérification des données avant l'écriture…
status-export_changed = Les données ont changé depuis cet aperçu : voici le nouvel aperçu. Rien n'a été écrit ; appuyez à nouveau sur w pour l'écrire.
confirm-namesake = Quelqu'un s'appelle déjà { $name } : { $who }. Enregistrer une deuxième personne du même nom ?
namesake-no_organisation = sans organisation
error-session_closed = la réunion { $id } est clôturée et en lecture seule ; rouvrez-la d'abord
chooser-pap_title = PAP de cette note (ce qu'un destinataire peut faire) : une lettre le choisit
key-pap_red = PAP:RED
key-pap_amber = PAP:AMBER
key-pap_green = PAP:GREEN
key-pap_clear = PAP:CLEAR
# disclose
protect-masked = Source protégée : dans chaque export, sa source, qui agit, les responsables de ses actions ({ $a }), ses décisions ({ $d }) et ses @mentions ({ $m }) deviennent « un partenaire ».
protect-prose = Un nom écrit sans @ ne peut pas être masqué.
protect-in_prose = Elle nomme { $who } en toutes lettres : cela ne peut pas être masqué (écrivez @nom, ou retirez-le).
protect-pap_red = PAP:RED n'autorise aucune action que la personne pourrait remarquer, or cette note prévoit { $a } { $a ->
        [one] action
       *[other] actions
    }.
protect-save_anyway = Enregistrer quand même ? (o/n)
# audit
audit_kind-dump = dump
audit_kind-backup = sauvegarde
audit_kind-rule_off = règle de partage désactivée
export-witness = Témoin du journal d'audit : { $witness }
cli-witness_ok = témoin { $witness } : le journal contient cette entrée, inchangée
cli-witness_missing = témoin { $seq } : le journal n'a pas d'entrée { $seq } (il s'arrête à l'entrée { $last }) : il a été tronqué ou réécrit
cli-witness_differs = témoin { $seq } : l'entrée { $seq } diffère de celle attestée : le journal a été modifié ou réécrit
cli-witness_bad = « { $witness } » n'est pas un témoin : format attendu SEQ:HASH (un nombre, deux-points, 64 chiffres hexadécimaux)
cli-restore_broken_trail = le journal d'audit du dump est rompu à l'entrée { $id } ; restore --force le charge quand même, et le note
store-nothing_salvaged = trop endommagé pour être récupéré
store-opened_read_only = cette commande a ouvert la base de données en lecture seule et ne peut pas la modifier
import-namesake = { $name } (ligne { $line }) — déjà connu : { $who }
import-namesakes = Même nom qu'une personne déjà connue (importés comme nouvelles personnes seulement si vous le confirmez) :
confirm-import_namesakes = Certaines lignes portent le nom d'une personne déjà connue : { $who }. Les importer comme nouvelles personnes ?
chooser-default = Le label par défaut de l'accord pour les nouvelles notes
preview-withheld_rule = { $why } (ce label va à : { $rule })
# import
import-odd_phone = « { $v } » ne ressemble pas à un numéro de téléphone (gardé tel quel)
import-odd_days = « { $v } » n'est pas un nombre de jours (gardé dans les notes)
import-bad_date = « { $v } » n'est pas une date qui existe
import-format_csv = tableur
import-format_outlook = contacts Outlook
import-format_google = Google Contacts
import-format_vcard = vCard
import-categories = Catégories
import-other_phones = Autres téléphones
import-other_emails = Autres e-mails
import-birthday = Anniversaire
import-refused_why = Motif du refus
import-sector_kept = autre (gardé tel quel)
cli-import_format = reconnu comme { $format }
cli-import_warning = attention : { $w }
cli-import_sector = secteur « { $text } » → { $sector }
cli-import_left_out = { $n } { $n ->
        [one] ligne écartée
       *[other] lignes écartées
    } par le filtre de catégories
cli-import_skip_hint = { $valid ->
        [one] { $valid } ligne valide peut
       *[other] les { $valid } lignes valides peuvent
    } être importées avec --skip-invalid ; les lignes refusées vont alors dans { $file } pour correction
cli-import_refused_written = { $n } { $n ->
        [one] ligne refusée écrite
       *[other] lignes refusées écrites
    } dans { $file } : corrigez-les là et importez ce fichier
import-confirm_skip = Importer { $valid ->
        [one] { $valid } ligne valide
       *[other] les { $valid } lignes valides
    } et écarter { $invalid ->
        [one] { $invalid } ligne refusée
       *[other] les { $invalid } lignes refusées
    } ? Elles sont écrites à côté du fichier, à corriger et réimporter.
status-import_refused = { $n } { $n ->
        [one] ligne refusée écrite
       *[other] lignes refusées écrites
    } dans { $file }.
field-only_category = Seulement les catégories
import-warnings = Gardé tel quel, à vérifier
import-sectors = Secteurs qui ne correspondent pas mot pour mot, et le secteur attribué
import-comes_in = Importés ({ $n })
import-stays_out = Écartés : hors des catégories choisies ({ $n })
# craft
settings-error = { $path } : { $why } (corrigez ou supprimez le fichier de configuration, ou donnez-en un autre avec --config)
settings-error_line = { $path }, ligne { $line } : { $why } (corrigez ou supprimez le fichier de configuration, ou donnez-en un autre avec --config)
settings-bad_theme = thème inconnu « { $value } » (au choix : { $choices })
settings-bad_language = langue inconnue « { $value } » (au choix : { $choices })
settings-bad_zone = fuseau horaire inconnu « { $value } » (un nom IANA comme { $choices })
settings-default_file = # Réglages de roundtable. Tous sont facultatifs : retirez le "# " devant un réglage pour le modifier.\n# Ce fichier : $XDG_CONFIG_HOME/roundtable/config.toml (sinon ~/.config/roundtable/config.toml),\n# ou le fichier donné avec --config FICHIER. Une erreur dans ce fichier arrête le programme et indique la ligne.\n\n# Couleurs : { $themes }. NO_COLOR dans l'environnement impose toujours le noir et blanc.\n# theme = "default"\n\n# La langue des écrans : { $languages }.\n# language = "en"\n\n# Le fuseau horaire des heures affichées : un nom IANA, avec ses règles d'heure d'été.\n# time_zone = "{ $zone }"\n\n# Où les écrans écrivent les exports (par défaut : roundtable-exports dans votre dossier personnel).\n# export_dir = "/home/moi/roundtable-exports"\n\n# La base de données quand ni --db ni $ROUNDTABLE_DB n'en indiquent une\n# (par défaut : ~/.local/share/roundtable/roundtable.redb).\n# database = "/srv/roundtable/equipe.redb"\n\n# Verrouiller l'écran après ce nombre de secondes sans touche (0 : jamais). Pour reprendre : la\n# phrase secrète d'une base chiffrée, sinon Enter. Ce qui est en cours de saisie est conservé.\n# idle_lock_seconds = 900\n\n# Le schéma du réseau de l'Aperçu en points braille ; false : en demi-blocs, pour les\n# polices sans braille (celle de PuTTY par défaut).\n# braille = true\n\n# Touches : donnez d'autres touches à une action, par les noms que liste `roundtable config --keys`\n# (x, C-x pour Ctrl, M-x pour Alt, S-Tab, Enter, Esc, Space, Up, PgUp, F2, ...). Gardez cette partie en dernier.\n# [keys]\n# "editor.prev_item" = ["M-p", "C-PgUp"]
settings-unknown_action = aucune action de touche ne s'appelle « { $name } » (voir roundtable config --keys)
settings-bad_key = impossible de lire la touche « { $key } » (écrivez x, C-x, M-x, S-Tab, Enter, Esc, Space, Up, PgUp, F2, ...)
settings-key_twice = { $a } et { $b } auraient la même touche
settings-keys_header = nom	touches	rôle
cli-import_joins = mini-réseau « { $network } » : { $n } { $n ->
        [one] nouveau membre
       *[other] nouveaux membres
    }, par leur catégorie
import-joins = Mini-réseaux rejoints via une catégorie du même nom
import-join = { $network } : { $n } { $n ->
        [one] nouveau membre
       *[other] nouveaux membres
    }
cli-import_confirm = Importer { $valid ->
        [one] { $valid } ligne valide
       *[other] les { $valid } lignes valides
    } et écrire { $invalid ->
        [one] { $invalid } ligne refusée
       *[other] les { $invalid } lignes refusées
    } dans un fichier à côté ? [y/N]

# actions
cli-action_line = { $mark }{ $id }  { $case }  { $owner }  pour le { $due }  { $text }
cli-action_overdue = EN RETARD
cli-action_changed = action { $id } enregistrée
cli-action_not_open = l'action { $id } n'est pas ouverte : elle a déjà été réalisée ou annulée
cli-action_needs_reason = action { $id } : une annulation demande un motif (--reason)
cli-action_text_too_long = action { $id } : un résultat ou un motif tient sur une ligne de 200 caractères au plus
cli-action_unchanged = l'action { $id } a déjà ce responsable ou cette échéance
cli-action_no_person = personne ne s'appelle « { $name } » dans la liste des partenaires
cli-action_two_people = plusieurs partenaires s'appellent « { $name } » : renommez-en un d'abord
audit_kind-action_done = action réalisée
audit_kind-action_cancelled = action annulée
audit_kind-action_reassigned = action réattribuée
audit_kind-action_due_moved = échéance d'action déplacée
action-cancelled = annulée
action-overdue = retard
action-history_line = { $step } — { $by }, { $on }
action-history_done = réalisée : { $result }
action-history_done_plain = réalisée
action-history_cancelled = annulée : { $reason }
action-history_reassigned = réattribuée de { $from } à { $to }
action-history_due = échéance déplacée du { $from } au { $to }
key-show_actions = toutes les actions ouvertes
key-action_done = action réalisée
actions-title = Actions ouvertes
col-due = Échéance
col-case = Cas
col-owner = Qui
col-action = Action
actions-none = Aucune action ouverte.
key-action_cancel = annuler l'action
key-action_due = déplacer l'échéance
form-follow_up = Action { $id }
field-action_result = Résultat (facultatif)
field-action_reason = Motif
field-action_due = Échéance (2026-12-01, +3j)
cli-action_bad_date = pas une date : écrivez 2026-12-01 ou +3j
form-action_not_open = cette action n'est pas ouverte : elle a déjà été réalisée ou annulée
form-action_needs_reason = une annulation demande un motif
form-action_text_too_long = une ligne de 200 caractères au plus
form-action_unchanged = l'action a déjà cette échéance
form-action_bad_date = pas une date : écrivez 2026-12-01 ou +3j
key-action_reassign = réattribuer l'action
picker-action_owner = Confier l'action à
key-actions_filter = filtrer par responsable, cas ou réseau
picker-actions_filter = Voir les actions de
actions-filter_all = toutes les actions ouvertes
actions-network = mini-réseau
error-exposed = { $path } : d'autres comptes pourraient lire ou modifier cette base de données (mode { $mode }, uid propriétaire { $owner }) ; rien n'a été écrit. Si le fichier est à vous, faites `chmod 600` ; gardez les bases de données dans un dossier où vous seul (ou votre équipe) pouvez écrire

# fluent
import-rows_refused = { $n } { $n ->
        [one] ligne pose problème
       *[other] lignes posent problème
    } ; rien n'a été importé (première : { $first })
help-syntax_title = Lignes de note, en français, néerlandais ou anglais :
help-syntax_action = { $words } @nom quoi
help-syntax_decision = { $words } quoi
help-syntax_due = { $words } quand (dans une ligne d'action)
help-syntax_dates = quand : { $words }, 2026-12-06
# Le nom de la langue, écrit dans cette langue.
language-name = Français
key-language = changer de langue
status-language = Langue des écrans : { $name }.

# Messages ajoutés depuis la première version du catalogue
field-retention_kept = Gardés : cas clôturés { $months ->
        [0] 0 mois
        [one] un mois
       *[other] { $months } mois
    } · exports { $exports } { $exports ->
        [one] jour
       *[other] jours
    } · sauvegardes { $backups } { $backups ->
        [one] jour
       *[other] jours
    }
field-retention_months = Cas gardés (mois)
erase-former_partner = un ancien partenaire
withheld-archived = un ancien partenaire (archivé)
withheld-not_of_network = une fiche d'un autre réseau
overview-check-sectors = Secteurs présents dans le réseau : { $covered } sur { $expected } ; manquants : { $missing }
overview-check-communities = Communautés qu'aucune personne clé n'atteint : { $n } ({ $names })
overview-check-informal = Partenaires informels : { $share } ({ $informal } sur { $all } ; objectif : au moins { $min })
overview-check-overdue = Partenaires à recontacter (en retard) : { $n }
overview-check-incomplete = Mini-réseaux sans objectif, pilote, contact ou critères : { $n } ({ $names })
overview-check-reasons = Membres sans « apporte / y trouve » : { $n }
overview-check-exchanges = Réunions d'échange au dernier trimestre : { $n } ; aucune dans : { $without }
overview-check-owners = Problèmes ouverts sans responsable : { $n }
overview-check-combined = Réseau combiné : { $name }, composé de { $n } { $n ->
        [one] réseau
       *[other] réseaux
    }
overview-check-who_can_do_what = « Qui peut faire quoi » couvre { $covered } sur { $expected } { $expected ->
        [one] secteur
       *[other] secteurs
    } ; manquants : { $missing }
overview-check-rhythm = Mois avec une table ronde : { $n } sur { $months ->
        [one] le dernier mois complet
       *[other] les { $months } derniers mois complets
    }
overview-check-attendance = Présence sur la dernière année : { $share } ({ $present } sur { $expected })
overview-check-on_time = Actions réalisées dans les délais : { $share } ({ $on_time } sur { $done })
overview-none = aucun
overview-and_more = { $list } et { $n } { $n ->
        [one] autre
       *[other] autres
    }
report-title = Rapport d'activité { $year }
report-prepared = Établi le { $at } par { $by }.
report-figures_only = Uniquement des chiffres : aucun contenu de cas et aucun nom. Les nombres qui pourraient permettre d'identifier une personne ne sont pas affichés.
report-method = Comment les petits nombres sont traités
report-rule_small = Un nombre de 1 à { $max } n'est pas affiché : il apparaît comme « < { $min } ».
report-rule_zero = Les zéros sont affichés : un zéro ne désigne personne.
report-rule_secondary = Quand un tableau affiche son total et qu'un seul de ses nombres est masqué, le plus petit des autres nombres est masqué aussi et apparaît comme « x », pour qu'aucun nombre masqué ne puisse se déduire du total moins les autres. Un total inférieur à { $min } est masqué comme tout autre nombre.
report-rule_median = Une médiane portant sur { $min ->
        [one] moins d'un cas
       *[other] moins de { $min } cas
    } n'est pas affichée.
report-count = Nombre
report-total = Total
report-cases = Cas
report-signals = Nouveaux signalements par mois
report-by_status = Cas par statut au { $date }
report-closures = Cas clôturés, par motif
report-no_reason = aucun motif noté
report-median = Médiane en jours du signalement à la clôture : { $days }.
report-median_hidden = Médiane en jours du signalement à la clôture : non affichée ({ $min ->
        [one] moins d'un cas clôturé
       *[other] moins de { $min } cas clôturés
    }).
report-actions = Actions convenues cette année : où en sont-elles
report-actions_open = ouvertes
report-actions_overdue = en retard
report-actions_on_time = réalisées à temps
report-actions_late = réalisées en retard
report-actions_cancelled = annulées
report-round_table = La table ronde
report-sessions = Tables rondes tenues
report-sessions_held = réunions
report-attendance = Présence par secteur (partenaires présents, cumulés sur les réunions)
report-network = Le réseau
report-coverage = Membres des mini-réseaux par secteur
cli-bad_year = { $year } n'est pas une année sur laquelle roundtable peut faire rapport
handout-label = { $label } : { $rule }
handout-for = Pour les membres de { $network }.
handout-for_all = Pour tous les membres du réseau.
handout-directory_title = Qui peut faire quoi : { $network }
handout-no_contact_details = Les coordonnées ne figurent que pour les partenaires qui ont accepté d'y apparaître. Demandez au coordinateur de vous mettre en contact avec les autres.
handout-brings = Apporte
handout-gains = Y trouve
handout-nobody = personne pour l'instant
handout-lessons_title = Enseignements et notes d'échange : { $network }
handout-lessons = Enseignements
handout-solution = Solution convenue
handout-who = Qui s'en charge
handout-lesson = Ce que nous en retenons
handout-exchanges = Réunions d'échange
handout-agreement_title = Comment nous partageons l'information : l'accord et ses règles
handout-retention = Les notes, actions et décisions d'un cas clôturé sont effacées { $months ->
        [0] 0 mois
        [one] un mois
       *[other] { $months } mois
    } après sa clôture. Les fichiers exportés sont supprimés après { $exports } { $exports ->
        [one] jour
       *[other] jours
    }, et les sauvegardes sont gardées { $backups } { $backups ->
        [one] jour
       *[other] jours
    }.
handout-defaults = Sauf mention contraire, ce qui est partagé est { $tlp } et { $pap }.
handout-labels = Ce que signifient les labels
handout-rules = Les règles convenues
cli-no_network = Pas de mini-réseau « { $spec } » (donnez son identifiant ou son nom).
cli-handout_network = Ce document porte sur un seul mini-réseau : indiquez-le avec --network.
handout-none_yet = Rien pour l'instant.
audit_kind-case_erased = cas effacé
audit_kind-person_erased = personne effacée
audit_kind-person_exported = données d'une personne exportées
audit_kind-exports_removed = anciens exports supprimés
person_export-title = Tout ce qui est conservé sur { $who }
person_export-rule = Établi pour une demande d'accès aux données personnelles. Les notes, décisions et actions apparaissent comme dans un compte rendu destiné à cette personne ; ce qu'elle ne peut pas recevoir est listé sans son texte, avec le motif.
person_export-record = La fiche
person_export-contacts = Contacts
person_export-networks = Réseaux et formations
person_export-sessions = Tables rondes et cas
person_export-items = Notes et actions qui la concernent
person_export-sent = Ce qui lui a été envoyé
person_export-nothing = (rien)
person_export-address = Adresse
person_export-referred_by = Orienté par
person_export-key_figure = Personne clé
person_export-cadence = Rythme de contact (jours)
person_export-yes = oui
person_export-no = non
person_export-network_lead = pilote
person_export-network_contact = personne de contact
person_export-member = membre (rôle : { $role } ; apporte : { $brings } ; y trouve : { $gains })
person_export-training = formation : { $title }
person_export-chair = présidence
person_export-invited = invité
person_export-present = présent
person_export-excused = excusé
person_export-absent = absent
person_export-case_lead = pilote du cas
person_export-case_referrer = a orienté le cas
person_export-as_source = a apporté l'information (source)
person_export-as_who_acts = agit sur cette base
person_export-as_owner = responsable de l'action
person_export-concerns = la concerne en tant que : { $roles }
person_export-withheld = { $item } : non transmis, { $why }
erase-case_done = { $case } effacé ; supprimé : { $counts } ; la référence reste, et le journal d'audit indique quand et par qui.
erase-case_would = { $case } serait effacé : { $counts } ; la référence reste.
erase-needs_yes = rien n'a été effacé ; ajoutez --yes pour effacer
erase-backups_note = Les sauvegardes faites avant ce moment contiennent encore ce qui a été effacé, jusqu'à leur expiration (durée de conservation des sauvegardes prévue par l'accord).
erase-already = la personne { $id } a déjà été effacée
erase-whole_name = « { $spec } » n'est qu'une partie d'un nom : donnez le nom complet ou l'identifiant ({ $id }) pour effacer quelqu'un
erase-person_done = Personne { $id } effacée : désormais « un ancien partenaire » dans { $refs } { $refs ->
        [one] référence
       *[other] références
    } ; supprimés : { $contacts } { $contacts ->
        [one] contact noté
       *[other] contacts notés
    } et { $drafts } { $drafts ->
        [one] brouillon
       *[other] brouillons
    } ; son nom complet remplacé dans { $texts } { $texts ->
        [one] texte
       *[other] textes
    }.
erase-person_would = La personne { $id } serait effacée : « un ancien partenaire » dans { $refs } { $refs ->
        [one] référence
       *[other] références
    } ; à supprimer : { $contacts } { $contacts ->
        [one] contact noté
       *[other] contacts notés
    } et { $drafts } { $drafts ->
        [one] brouillon
       *[other] brouillons
    } ; son nom complet remplacé dans { $texts } { $texts ->
        [one] texte
       *[other] textes
    }.
erase-prose_note = Un prénom, un surnom ou des initiales dans un texte libre ne sont pas retrouvés : cherchez-les dans les notes et corrigez-les.
retention-none_due = Aucun cas clôturé n'est à effacer.
retention-due_line = { $case } clôturé le { $closed }, à effacer depuis le { $due }
retention-exports_found = { $n } { $n ->
        [one] export
       *[other] exports
    } de plus de { $days } { $days ->
        [one] jour
       *[other] jours
    } dans { $dir }
retention-exports_removed = { $n } { $n ->
        [one] export supprimé
       *[other] exports supprimés
    } (noté dans le journal d'audit).
erase-cases_title = Cas · { $n } à effacer
erase-due_status = à effacer
erase-erased_status = effacé
erase-due_detail = À effacer depuis le { $due } (clôturé le { $closed }) : roundtable erase case { $case }
erase-partial = Une partie du nom figure encore dans : { $keys }
overview-computing = Calcul de la vue d'ensemble…
overview-step1 = Étape 1 — votre propre réseau
overview-step2 = Étape 2 — les mini-réseaux
overview-step3 = Étape 3 — le réseau de la communauté
overview-table = La table ronde
overview-steps_title = Où vous en êtes (la touche mène aux fiches)
overview-figures_title = Chiffres
overview-summary = Cas ouverts : { $open } · actions en retard : { $overdue } · médiane signalement → clôture : { $median }
overview-days = { $n } { $n ->
        [one] jour
       *[other] jours
    }
overview-signals = Nouveaux signalements, 12 mois
overview-cases = Cas par statut
overview-actions = Actions, 12 mois
overview-actions_line = Ouvertes { $open }, en retard { $overdue }
overview-actions_done = À temps { $on_time }, en retard { $late }
overview-median = Signalement → clôture : { $days }
overview-attendance = Présence par secteur (%)
overview-coverage = Membres des mini-réseaux par secteur
overview-network_title = Les mini-réseaux et leurs ponts
overview-measures_title = Qui fait tenir l'ensemble
overview-key_people = Partenaires sur qui le réseau s'appuie
overview-key_person = { $name } : { $share } % des chemins, { $degree } { $degree ->
        [one] lien
       *[other] liens
    }
overview-estimated = (estimé sur un échantillon : réseau étendu)
overview-networks_count = { $n } { $n ->
        [one] mini-réseau
       *[other] mini-réseaux
    }, { $people } { $people ->
        [one] partenaire
       *[other] partenaires
    }
overview-bridges = { $n } { $n ->
        [one] pont
       *[other] ponts
    } entre réseaux, grâce à { $people } { $people ->
        [one] partenaire présent
       *[other] partenaires présents
    } dans plusieurs
overview-single_link = { $n } { $n ->
        [one] partenaire ne tient
       *[other] partenaires ne tiennent
    } qu'à un seul lien
overview-referrals = { $n } { $n ->
        [one] mise en relation
       *[other] mises en relation
    } ; la plus longue chaîne relie { $longest } { $longest ->
        [one] personne
       *[other] personnes
    }
agenda-open_actions = Actions ouvertes de { $title } ({ $date })
agenda-open_actions_gone = Actions ouvertes de la réunion { $id }
correction-retracted = cette note a été retirée : elle ne peut plus être modifiée
correction-unchanged = rien n'a changé
correction-empty = une note doit contenir du texte
correction-no_reason = un retrait doit être motivé
correction-history_lost = la version précédente de cette note serait perdue : pas enregistré
audit_kind-note_corrected = note corrigée
audit_kind-note_retracted = note retirée
cli-superseded = { $at }, entrée { $entry } : { $subject } envoyé à { $recipient } n'est plus à jour (modifications ultérieures de { $notes })
cli-superseded_none = Aucun export n'a été rendu caduc par une correction.
session-edit_closed = cette réunion est clôturée : rouvrez-la d'abord
session-walk_in_present = déjà à la table
case-on_agenda = à l'ordre du jour de { $session } (prévue)
case-note_corrected = ✎ note corrigée par { $by } ; elle disait : [{ $tlp }] { $before }
case-note_retracted = ✕ note retirée par { $by } : { $reason }
agenda-title = Invitation et ordre du jour — { $title } ({ $date })
agenda-rule = Chaque point porte son label TLP. Un cas n'apparaît que par sa référence, et seulement pour les partenaires qui y sont impliqués.
agenda-case = Cas { $case }
agenda-when = Quand : { $when }
agenda-place = Où : { $place }
agenda-chair = Présidence : { $who }
agenda-invited = Invités : { $who }
agenda-items = Ordre du jour
agenda-nothing = Aucun point de l'ordre du jour pour vous.
agenda-withheld = { $count ->
        [one] { $count } point de l'ordre du jour ne vous est pas montré.
       *[other] { $count } points de l'ordre du jour ne vous sont pas montrés.
    }
minutes-withheld_part = { $reason } ({ $count })
minutes-chair = Présidence : { $who }
minutes-excused = Excusés : { $who }
minutes-absent = Absents : { $who }
minutes-walk_ins = Venus sans invitation : { $who }
minutes-agenda = Ordre du jour
minutes-status_changes = Changements de statut
minutes-status_change = Cas { $case } : { $from } → { $to }
minutes-not_shown = { $count ->
        [one] { $count } point de l'ordre du jour ne vous est pas montré.
       *[other] { $count } points de l'ordre du jour ne vous sont pas montrés.
    }
minutes-withheld_one = { $count } point non transmis : { $why }.
minutes-not_shown_one = { $count } point de l'ordre du jour ne vous est pas montré.
agenda-withheld_one = { $count } point de l'ordre du jour ne vous est pas montré.
error-locked = { $path } : { $detail }
crypt-prompt = Phrase secrète pour { $path } :
crypt-prompt_current = Phrase secrète actuelle, code à usage unique ou clé de récupération pour { $path } :
crypt-prompt_new = Nouvelle phrase secrète :
crypt-prompt_again = La même phrase secrète, une seconde fois :
crypt-passphrases_differ = les deux phrases secrètes diffèrent ; rien n'a été modifié
crypt-passphrase_short = une phrase secrète doit compter au moins 8 caractères
crypt-passphrase_file_open = { $path } : d'autres comptes peuvent lire ce fichier de phrase secrète (mode { $mode }) ; faites `chmod 600`
crypt-no_terminal = pas de terminal pour demander la phrase secrète : utilisez --passphrase-file ou $ROUNDTABLE_PASSPHRASE_FILE
crypt-no_slot = le compte { $user } n'a pas de clé pour cette base de données ; demandez à un collègue qui en a une de faire `roundtable team add { $user }`
crypt-one_time_first = vous avez encore un code à usage unique : choisissez d'abord votre propre phrase secrète avec `roundtable passphrase`
crypt-case_key_gone = la clé du cas { $id } a été détruite (le cas a été effacé)
crypt-sealed_in_plain = une valeur chiffrée dans une base de données non chiffrée
crypt-changed_meanwhile = la base de données a été chiffrée ou remplacée depuis que roundtable l'a ouverte ; rien n'a été écrit. Relancez roundtable
crypt-already_encrypted = la base de données est déjà chiffrée
crypt-not_encrypted = la base de données n'est pas chiffrée (voir `roundtable init` et `roundtable encrypt`)
crypt-already_member = { $user } a déjà une clé
crypt-not_member = { $user } n'a pas de clé pour cette base de données
crypt-created = { $path } : base de données chiffrée créée
crypt-encrypted = { $path } : chiffré
crypt-recovery_once = Clé de récupération (affichée une seule fois ; notez-la et gardez-la en lieu sûr) : { $key }
crypt-old_blocks = remarque : les blocs du disque et les sauvegardes du fichier non chiffré contiennent encore le texte en clair jusqu'à ce qu'ils soient écrasés ou détruits
crypt-dump_plaintext = attention : le dump est en clair, pas chiffré ; ce dump est noté dans le journal d'audit
crypt-passphrase_set = phrase secrète définie pour { $user }
crypt-member = { $user }
crypt-member_pending = { $user } (code à usage unique pas encore remplacé)
crypt-added = { $user } peut maintenant ouvrir la base de données : remettez-lui ce code à usage unique, en main propre : { $code }
crypt-removed = { $user } n'a plus accès ; la clé des données a été remplacée
crypt-no_group = groupe inconnu : { $group }
audit_kind-encrypted = base de données chiffrée
audit_kind-team_added = clé donnée
audit_kind-team_removed = clé retirée
audit_kind-passphrase_changed = phrase secrète définie
crypt-key_replaced = votre clé pour cette base de données a été remplacée ou retirée depuis que vous l'avez déverrouillée ; relancez roundtable
store-not_a_plain_file = pas un fichier ordinaire (un lien symbolique ou un périphérique) ; roundtable n'ouvre que le fichier lui-même
store-group_misfit = partagé avec le groupe { $gid } (mode { $mode }) mais pas rangé comme doit l'être la base de données d'une équipe : un dossier du même groupe (actuellement groupe { $dir_gid }, mode { $dir_mode }) en mode 2770, et le fichier en 0660 ; rien n'a été écrit. Voir `roundtable init --group`
field-place = Lieu
note-retracted = retirée
note-corrected = corrigée
field-export_days = Exports gardés (jours)
field-backup_days = Sauvegardes (jours)

# overview tab
tab-overview = Aperçu
key-tab_overview = onglet Aperçu
key-overview_jump = voir les fiches
key-overview_page = page suivante (étapes, chiffres, réseau)

# forms: confirmation titles
confirm-title_quit = Quitter ?
confirm-title_discard = Abandonner les modifications ?
confirm-title_delete = Supprimer définitivement ?
confirm-title_close_session = Clôturer la réunion ?
confirm-title_reopen_session = Rouvrir la réunion ?
confirm-title_drop_item = Retirer le point ?
confirm-title_commit_note = Enregistrer la note ?
confirm-title_namesake = Même nom ?
confirm-title_import = Importer ?

# forms: hints by field
form-hint_multi = Enter nouvelle ligne · Tab/S-Tab champ · Ctrl-S enregistrer · Esc annuler
form-hint_choice = ←/→ changer · Enter liste · Tab/S-Tab champ · Ctrl-S enregistrer · Esc annuler
form-hint_flag = Espace oui/non · Tab/S-Tab champ · Ctrl-S enregistrer · Esc annuler
form-hint_pick = Enter choisir · Backspace retirer · Tab/S-Tab champ · Ctrl-S enregistrer · Esc annuler

# sessions
key-export_agenda = ordre du jour pour…
key-walk_in = quelqu'un se joint
picker-walk_in = Qui se joint à la table ?
status-walked_in = { $who } est à la table.
# craft
key-more = plus
form-hint_single = Enter enregistrer · Esc annuler
# lang
confirm-yes_letter = o
# meeting: the notes pane, its search and follow-up
key-notes_pane = notes et en suspens
key-notes_back = retour aux présences
key-search_notes = chercher dans les notes
key-next_match = résultat suivant
key-prev_match = résultat précédent
key-keep_search = garder la recherche
key-end_search = arrêter la recherche
status-no_open_action = Aucune action en cours ici.
status-no_search = Aucune recherche : / en lance une.
status-no_match = Aucune note de cette réunion ne contient cela.
picker-follow_up = Quelle action en cours
meeting-scroll = ↑ encore { $above } · ↓ encore { $below }
meeting-search = { $at } sur { $total }
# sessions
key-correct_note = corriger une note
picker-note_to_correct = Corriger quelle note ?
status-no_note_to_correct = Aucune note à corriger ici (celles d'une réunion clôturée seulement après sa réouverture).
form-correct_note = Corriger la note { $id }
form-edit_session = Préparer { $title } ({ $date })
field-note_text = Texte
field-source = Source
field-tlp = TLP
field-pap = PAP
field-protected_source = Source protégée
field-retract_reason = Retirer, parce que
correction-retract_or_correct = corrigez la note ou retirez-la, pas les deux à la fois
export-language = Langue : { $language }
cli_heading-usage = Utilisation :
# clap writes the colon right after a heading: the no-break space before it is the heading's.
cli_heading-options = Options 
cli_heading-arguments = Arguments 
cli_heading-commands = Commandes 
cli_help--help = Afficher l'aide
cli_help--version = Afficher la version
cli_help-root = Atelier en terminal pour les coordinateurs locaux de prévention : partenaires, mini-réseaux, tables rondes et règles de partage
cli_help-root-db = Fichier de la base de données [par défaut : $ROUNDTABLE_DB, sinon ~/.local/share/roundtable/roundtable.redb]
cli_help-root-config = Fichier de configuration [par défaut : $XDG_CONFIG_HOME/roundtable/config.toml, sinon ~/.config/roundtable/config.toml]
cli_help-root-passphrase_file = Lire la phrase secrète d'une base de données chiffrée dans ce fichier (première ligne ; le fichier doit être privé) [par défaut : $ROUNDTABLE_PASSPHRASE_FILE, sinon demandée]
cli_help-root-lang = Langue des écrans, des messages et de ce qu'écrivent `export` et `report` [par défaut : celle du fichier de configuration, sinon la locale de LC_ALL, LC_MESSAGES ou LANG, sinon en]
cli_help-root-demo = Ouvrir une commune de démonstration (créée et remplie si le fichier n'existe pas ; par défaut demo.redb dans le dossier des données)
cli_help-root-scale = Avec --demo : une commune fictive de N partenaires (une dizaine de notes chacun), pour mesurer ; par défaut le fichier demo-N.redb dans le dossier des données
cli_help-dump = Écrire tous les enregistrements en JSON (voir docs/dump-format.md)
cli_help--out = Fichier de sortie [par défaut : la sortie standard] ; un nouveau fichier privé (0600)
cli_help--force = Remplacer un fichier --out existant (jamais un lien symbolique, jamais la base de données)
cli_help-dump-salvage = Lire ce qui peut encore être lu d'une base de données endommagée (réparée en mémoire ; rien n'y est écrit)
cli_help-restore = Charger un export complet dans une base de données nouvelle ou vide (vérifié d'abord, puis en une seule transaction)
cli_help-restore-file = Le fichier de l'export complet
cli_help-restore-force = Remplacer le contenu d'une base de données qui n'est pas vide
cli_help-check = Vérifier le fichier de la base de données : pages, enregistrements, références et journal d'audit
cli_help-check-witness = Confirmer aussi que le journal contient toujours l'entrée dont un export témoigne (le `SEQ:HASH` imprimé à la fin de chaque export)
cli_help-backup = Écrire une copie cohérente de la base de données, même pendant son utilisation
cli_help-backup-dest = Où écrire la copie (ne doit pas exister)
cli_help-backup-salvage = Copier ce qui peut encore être lu d'une base de données endommagée (réparée en mémoire ; rien n'y est écrit)
cli_help-export = Le compte rendu ou une fiche de retour pour un destinataire (filtrés selon les labels de partage), ou la liste des partenaires
cli_help-export_minutes = Le compte rendu d'une réunion tel qu'un destinataire peut le recevoir
cli_help--session = Le numéro de la réunion (affiché dans l'onglet Tables rondes)
cli_help--recipient = Le destinataire : le numéro d'un partenaire (un nombre, p. ex. 17) ou un nom ; un nom qui correspond à plusieurs personnes est refusé, avec leurs numéros
cli_help-export_agenda = L'invitation et l'ordre du jour d'une réunion tels qu'un destinataire peut les recevoir
cli_help-export_feedback = La fiche de retour d'un cas : décisions et actions convenues par consensus, sans les notes
cli_help-export_feedback-case = La référence du cas, RT-AAAA-NNN
cli_help-export_feedback-recipient = Le destinataire (celui qui a signalé le cas, ou la police) : le numéro d'un partenaire (un nombre, p. ex. 17) ou un nom ; un nom qui correspond à plusieurs personnes est refusé
cli_help-export_handout = Un document pour un groupe (Markdown) : l'annuaire des membres d'un mini-réseau, ses leçons et ses échanges, ou la convention de partage et ses règles
cli_help-export_handout-network = Le mini-réseau : son numéro ou son nom (inutile pour la convention)
cli_help-export_person = Tout ce qui est conservé sur une personne, pour une demande d'accès
cli_help-export_person-name = Son nom ou son numéro ; un nom qui correspond à plusieurs personnes est refusé
cli_help-export_stakeholders = La liste des partenaires (hors archivés) en CSV pour Excel, ou en JSON
cli_help-export_stakeholders-sep = Séparateur de colonnes du CSV
cli_help-export_stakeholders-bom = Commencer le CSV par une marque d'ordre des octets UTF-8 (Excel en a besoin pour les accents)
cli_help-import = Importer depuis l'export d'un tableur
cli_help-import_stakeholders = Des partenaires depuis un fichier CSV (`;` `,` ou tabulation ; UTF-8 ou Windows-1252 ; en-têtes en français, en néerlandais ou en anglais), un export d'Outlook ou de Google Contacts, ou des vCards (.vcf)
cli_help-import_stakeholders-dry_run = Vérifier et rendre compte seulement ; ne rien écrire
cli_help-import_stakeholders-mapping = Colonne vers champ, à la place de la correspondance automatique : `Qui=name,Où=organisation,Extra=ignore`
cli_help-import_stakeholders-skip_invalid = Importer les lignes valides même si d'autres ne le sont pas (les lignes refusées sont écrites à côté du fichier, sous NOM-refused.csv, pour les corriger et les importer à nouveau)
cli_help-import_stakeholders-only_category = Seulement les contacts de cette catégorie ou de ce groupe (catégories d'Outlook, libellés de Google, CATEGORIES des vCards) ; à répéter pour plusieurs
cli_help-import_stakeholders-on_duplicate = Que faire des personnes déjà connues (même nom et même organisation, ou même adresse e-mail)
cli_help-audit = Afficher le journal d'audit
cli_help-audit-case = Seulement les entrées sur ce cas (RT-AAAA-NNN)
cli_help-audit-since = Seulement les entrées à partir de cette date (2026-11-01, -30j)
cli_help-audit-superseded = Seulement les exports contenant une note corrigée ou retirée depuis : à qui renvoyer
cli_help-config = Afficher un fichier de configuration commenté avec chaque réglage à sa valeur par défaut, ou les noms des raccourcis pour sa table [keys]
cli_help-config-default = Un fichier de configuration commenté avec chaque réglage à sa valeur par défaut
cli_help-config-keys = Pour chaque raccourci : son nom, ses touches et ce qu'il fait
cli_help-completions = Afficher les complétions pour le shell : roundtable completions bash > /etc/bash_completion.d/roundtable
cli_help-man = Afficher la page de manuel (roff) : roundtable man | man -l -
cli_help-actions = Lister les actions ouvertes, en retard d'abord (les responsables issus de sources protégées apparaissent comme « un partenaire »)
cli_help-actions-overdue = Seulement les actions en retard
cli_help-actions-owner = Seulement les actions de ce responsable (une partie du nom)
cli_help-actions-case = Seulement les actions de ce cas (RT-AAAA-NNN)
cli_help-report = Le rapport annuel d'activité pour le bourgmestre et le pouvoir subsidiant : des chiffres seulement, petits effectifs masqués, graphiques en tableaux de texte (Markdown)
cli_help-report-year = L'année civile [par défaut : cette année]
cli_help-action = Clôturer une action, l'annuler, la confier à quelqu'un d'autre ou déplacer son échéance
cli_help-action_done = Marquer une action ouverte comme faite
cli_help-action_done-result = Un bref résultat, en une ligne
cli_help-action_cancel = Annuler une action ouverte, avec une raison
cli_help-action_reassign = Confier une action ouverte à un autre partenaire
cli_help-action_reassign-to = Le nom du nouveau responsable (comme dans la liste des partenaires)
cli_help-action_due = Déplacer l'échéance d'une action ouverte : 2026-12-01, +3j, +2s
cli_help-retention = Ce qui arrive à échéance selon les durées de conservation convenues : les cas clôturés (par défaut) et les anciens exports
cli_help-retention-due = Lister les cas clôturés à effacer (références et dates seulement)
cli_help-retention-exports = Lister les exports plus anciens que le nombre de jours convenu
cli_help-retention-remove = Avec --exports : les supprimer (inscrit au journal d'audit)
cli_help-retention-dir = Le dossier des exports [par défaut : export_dir de la configuration, sinon ~/roundtable-exports]
cli_help-erase = Effacer un cas ou une personne (le droit à l'effacement) ; voir docs/security.md
cli_help-erase_case = Effacer un cas : ses notes, actions, décisions et brouillons ; sa référence reste
cli_help-erase_case-reference = La référence du cas, RT-AAAA-NNN
cli_help--yes = Effacer ; sans cette option, seulement dire ce qui serait effacé
cli_help-erase_person = Effacer une personne : sa fiche devient « un ancien partenaire », son historique de contacts disparaît
cli_help-erase_person-name = Son nom complet (comme dans la liste des partenaires) ou son numéro ; un nom qui correspond à plusieurs personnes est refusé
cli_help-init = Créer une base de données chiffrée (demande deux fois une phrase secrète ; affiche une seule fois une clé de récupération, à garder sur papier en lieu sûr)
cli_help-init-group = La partager avec ce groupe Unix : fichier 0660 dans un dossier setgid 2770
cli_help-encrypt = Chiffrer une base de données non chiffrée (dans un nouveau fichier, qui remplace ensuite l'ancien)
cli_help-passphrase = Définir ou changer votre phrase secrète (à partir du code à usage unique de `team add`, de votre phrase actuelle ou de la clé de récupération)
cli_help-team = Qui a accès à une base de données chiffrée
cli_help-team_add = Donner accès à un collègue (un compte Unix) : affiche pour lui un code à usage unique, qu'il remplace par sa propre phrase secrète (`roundtable passphrase`)
cli_help-team_list = Qui a accès
cli_help-team_remove = Retirer l'accès de quelqu'un ; la clé des données est remplacée, de sorte qu'une copie de l'ancienne n'ouvre rien de ce qui est écrit ensuite
cli_help-help = Afficher ce message ou l'aide d'une commande
error-file_empty = le fichier est vide
error-line_malformed = ligne { $line } : { $detail }
error-cell_too_long = ligne { $line }, colonne { $column } : une cellule de { $len ->
        [one] { $len } caractère
       *[other] { $len } caractères
    } (au plus { $max })
crypt-wrong_key = phrase secrète ou clé incorrecte
crypt-tampered = la valeur chiffrée a été modifiée, déplacée ou tronquée
crypt-no_randomness = pas de source aléatoire : { $detail }
crypt-kdf_failed = dérivation de clé : { $detail }
error-bad_case_ref = « { $text } » n'est pas une référence de cas comme RT-2026-001
schedule-closed = la réunion est clôturée
schedule-already_present = déjà à la table
error-bad_date = « { $text } » n'est pas une date (essayez 2026-11-29, aujourd'hui, +7j, -2s)
key-messages = derniers messages
messages-title = Derniers messages (cette session seulement)
messages-none = Pas encore de messages.
empty-no_match = Aucun partenaire ne correspond à « { $query } ». Esc efface le filtre.
empty-quick_filter = Aucun partenaire dans ce filtre rapide. f affiche le suivant, Esc l'efface.
empty-all_archived = Tout le monde est archivé. a affiche les archivés.
empty-audit_kind = Rien de ce type n'est enregistré. f affiche le type suivant.
empty-actions_filter = Aucune action ouverte ne correspond à ce filtre. f le modifie.
key-resume = reprendre
lock-title = Verrouillé
lock-ask_passphrase = L'écran s'est verrouillé après un moment sans touche. Tapez votre phrase secrète et appuyez sur Enter pour reprendre.
lock-ask_confirm = L'écran s'est verrouillé après un moment sans touche. Appuyez sur Enter pour reprendre.
lock-checking = Vérification…
lock-refused = Cette phrase secrète n'ouvre pas cette base. Réessayez.
lock-kept = Tout ce qui était ouvert, brouillons compris, reste tel quel.
filter-matched_in = « { $query } » trouvé dans : { $fields }
filter-matched_loosely = « { $query } » : correspondance approximative (ses lettres dans cet ordre)
minutes-followed_up = Clôturé lors de cette réunion
minutes-action_done = Réalisée lors de cette réunion.
minutes-action_cancelled = Annulée lors de cette réunion.

# networks
network_kind-round_table = table ronde
field-missing_at_table = Absents de cette table
overview-check-missing = Mini-réseaux auxquels manque un secteur souhaité : { $n } ({ $names })
problem_status-solution_agreed = solution convenue
problem_status-done = réalisé
invalid-problem_closed = réalisé ou abandonné : notez plutôt un nouveau problème
invalid-problem_no_solution = écrivez d'abord la solution convenue
invalid-problem_no_owner = une solution convenue a besoin de quelqu'un qui la réalise
invalid-problem_not_agreed = convenez d'abord d'une solution
invalid-problem_backwards = une solution a été convenue : le problème ne peut pas être rouvert
invalid-problem_before_opened = avant que le problème soit noté
invalid-not_yet_held = pas avant sa date
network-problem_days = noté le { $opened } · convenu le { $agreed } · clôturé le { $closed }
network-planned = prévue
network-held = tenue
network-host = accueil : { $name }
network-invited = { $n ->
    [one] { $n } invité
   *[other] { $n } invités
}
network-came = { $n ->
    [one] { $n } présent
   *[other] { $n } présents
}
network-trainings = Formations
network-trainer = par { $who }
network-attended = { $n ->
    [one] { $n } participant : { $names }
   *[other] { $n } participants : { $names }
}
field-host = Accueil
field-exchange_people = Invités / présents

# people
stage-identified = repéré
stage-approached = contacté
stage-met = rencontré
stage-engaged = engagé
stage-declined = a décliné
picked-unknown = pas encore connu
picked-yes = pris en charge
picked-no = non pris en charge
pipeline-line = { $stage } depuis le { $date } : { $name } ({ $organisation }), présenté par { $by }
pipeline-none = Personne n'est encore suivi dans le parcours de l'étape 1.
pipeline-counts = Parcours : { $counts }
pipeline-bad_stage = stade inconnu « { $stage } » (connus : { $known })
stage-not_followed = pas suivi
field-stage = Étape 1
field-consent = Coordonnées publiées
field-language = Lit en
language-interface = langue de l'interface
invalid-stage_move = ce passage n'est pas permis aujourd'hui

# pipeline help
cli_help-pipeline = Étape 1 : qui est repéré, contacté, rencontré, engagé ou a décliné, et depuis quand
cli_help-pipeline-stage = Seulement les personnes à ce stade (identified = repéré, approached = contacté, met = rencontré, engaged = engagé, declined = a décliné)

# attack
person_export-as_earlier_source = a apporté l'information dans une version antérieure (source, corrigée depuis)
person_export-as_earlier_owner = était responsable de l'action avant sa réattribution

# work
field-work_state = État
field-came = Présents
form-edit_exchange = Réunion d'échange { $topic } ({ $date })
form-edit_training = Formation { $title } ({ $date })
invalid-came_while_planned = la liste des présents suppose une réunion ou une formation qui a eu lieu : marquez-la comme tenue ou videz la liste
audit_kind-network_work_changed = réunion d'échange ou formation modifiée
key-edit_exchange = modifier une réunion d'échange
key-show_trainings = formations
key-show_networks = réseaux
key-plan_training = planifier une formation
picker-edit_exchange = Quelle réunion d'échange ?
status-no_exchanges = Ce réseau n'a pas encore de réunion d'échange : x en planifie une.
empty-trainings = Pas encore de formation : n en planifie une.
col-trainer = Formateur
col-invited = Invités
col-attended = Présents
training-detail_invited = Invités ({ $n }) : { $names }
training-detail_attended = Présents ({ $n }) : { $names }
# people (pipeline filter, routed concerns)
key-stage_filter = filtrer par stade (étape 1)
stage-every = tous les stades (sans filtre de stade)
filter-stage = étape 1 : { $stage }
empty-filters = Personne ne reste avec ces filtres : { $filters }. p change le stade, f le filtre rapide, Esc les efface.
# month
status-form_draft_not_saved = Brouillon non enregistré ({ $why }) ; ce que vous avez tapé est toujours dans le formulaire.
form-changed_meanwhile = Modifié entre-temps : { $fields } ; { $why }. Les champs que vous avez modifiés gardent vos valeurs, les autres affichent maintenant celles enregistrées entre-temps : vérifiez-les, puis Ctrl-S enregistre les vôtres.
form-changed_meanwhile_nothing_here = { $why }. Aucun champ de ce formulaire n'a changé ; Ctrl-S enregistre vos valeurs.
# search
key-search_all = tout rechercher
key-search_jump = y aller
key-search_scope = cette réunion / tout
key-search_close = retour
key-search_everything = tout rechercher
search-kind_note = note
search-kind_action = action
search-kind_decision = décision
search-kind_case = cas
search-kind_stakeholder = partenaire
search-kind_session = réunion
search-field_text = texte
search-field_owner = qui s'en charge
search-field_reference = référence
search-field_summary = résumé
search-field_name = nom
search-field_organisation = organisation
search-field_role = fonction
search-field_brings = apporte
search-field_title = titre
search-field_place = lieu
search-field_date = date
search-title_everything = Tout rechercher : notes, cas, actions, partenaires et réunions
search-title_session = Rechercher dans cette réunion ({ $date })
search-type = Tapez un mot : notes de chaque réunion (telles que corrigées), cas, actions en cours et clôturées, partenaires (nom, organisation, fonction, ce qu'ils apportent) et réunions. Majuscules et accents ne comptent pas.
search-none = Rien ne contient « { $query } ».
search-none_session = Rien dans cette réunion ne contient « { $query } ». Tab cherche partout.
search-position = { $at } sur { $total } { $total ->
        [one] résultat
       *[other] résultats
    }
search-retracted = { $kind } ✗
search-not_on_agenda = Le point de l'ordre du jour de ce résultat ne figure plus à l'ordre du jour de la réunion.
overview-check-pipeline = Parcours de l'étape 1 : en cours { $waiting }, engagés { $engaged } ; { $moves ->
    [one] 1 passage
   *[other] { $moves } passages
} en 30 jours
overview-pipeline = Étape 1, { $moves ->
    [one] 1 passage
   *[other] { $moves } passages
} en 30 jours
invalid-concern_answer = choisissez pris en charge ou non pris en charge
invalid-concern_before_routed = avant l'orientation de la préoccupation
invalid-date_future = pas après aujourd'hui
# lang: clap's own words
cli_help-default_value = [par défaut : { $value }]
cli_help-possible_values = [valeurs possibles : { $values }]
cli_value-options = OPTIONS
cli_value-command = COMMANDE
cli_value-path = CHEMIN
cli_value-file = FICHIER
cli_value-dir = DOSSIER
cli_value-lang = LANGUE
cli_value-n = N
cli_value-name = NOM
cli_value-ref = RÉF
cli_value-date = DATE
cli_value-seq_hash = NUM:HASH
cli_value-stakeholder = PARTENAIRE
cli_value-network = RÉSEAU
cli_value-session = RÉUNION
cli_value-format = FORMAT
cli_value-col_field____ = COLONNE=CHAMP,...
cli_value-dest = DESTINATION
cli_value-id = NUMÉRO
cli_value-on_duplicate = SI_DOUBLON
cli_value-reason = MOTIF
cli_value-reference = RÉFÉRENCE
cli_value-result = RÉSULTAT
cli_value-sep = SÉPARATEUR
cli_value-shell = SHELL
cli_value-stage = STADE
cli_value-user = UTILISATEUR
cli_value-what = QUOI
cli_value-year = ANNÉE
cli_error-error = erreur :
cli_error-more = Pour en savoir plus, essayez « { $flag } ».
cli_error-unknown_argument = argument inattendu « { $arg } »
cli_error-unknown_command = commande inconnue « { $command } »
cli_error-missing_value = « { $arg } » demande une valeur, mais aucune n'a été donnée
cli_error-bad_value = valeur non valable « { $value } » pour « { $arg } »
cli_error-missing_arguments = ces arguments obligatoires manquent :
cli_error-missing_command = « { $command } » demande une commande, mais aucune n'a été donnée
cli_error-conflict = l'argument « { $arg } » ne peut pas être utilisé avec « { $other } »
cli_error-conflict_any = l'argument « { $arg } » ne peut pas être utilisé avec un des autres arguments donnés
cli_error-given_twice = l'argument « { $arg } » ne peut être donné qu'une seule fois
cli_error-too_many_values = valeur inattendue « { $value } » pour « { $arg } » ; aucune autre n'était attendue
cli_error-wrong_number_of_values = nombre de valeurs incorrect pour « { $arg } »
cli_error-no_equals = « { $arg } » reçoit sa valeur après un signe égal (=)
cli_error-invalid_utf8 = un ou plusieurs arguments ne sont pas de l'UTF-8 valable
cli_error-other = les arguments n'ont pas pu être lus
cli_error-similar = astuce : vouliez-vous dire « { $similar } » ?
cli_error-as_value = astuce : pour donner « { $arg } » comme valeur, écrivez « { $use } »
cli_error-remove_dashes = astuce : la commande « { $command } » existe ; pour l'utiliser, retirez le « -- » qui la précède
label-value = { $label } : { $value }
label-colon = { $label } :
network-cancelled = annulée
field-training_network = Réseau
person_export-exchange_as = réunion d'échange de { $network } : { $topic } ({ $roles })
person_export-training_as = formation : { $title } ({ $roles })
person_export-host = a accueilli
person_export-came = présent
person_export-attended = suivie
key-route_concern = préoccupations orientées
concern-new = Orienter une nouvelle préoccupation vers un autre service…
picker-concerns = Préoccupations orientées
concern-heading = Préoccupations orientées vers d'autres services
form-route_concern = Orienter une préoccupation : { $about }
form-concern_answer = Réponse à : { $what }
field-concern_what = Quoi
field-concern_to_partner = Vers un partenaire
field-concern_to_service = Ou vers un service
field-concern_answer = Réponse
invalid-concern_one_recipient = un partenaire ou un service, pas les deux
invalid-concern_recipient = indiquez le partenaire ou le service destinataire
picker-open_concerns = Préoccupations orientées sans réponse
overview-check-concerns_open = Préoccupations orientées en attente : { $n }{ $n ->
    [0] {""}
   *[other]  ; la plus ancienne depuis { $days ->
        [one] 1 jour
       *[other] { $days } jours
    }
}
person_export-concerns_routed = Préoccupations orientées vers d'autres services
person_export-concern_to_you = vous
person_export-concern = - { $on }, orientée vers { $to } ({ $state }) : { $what }
key-move_stage = changer de stade
form-pipeline_move = Étape 1 : { $name }
invalid-stage_before_last = avant le passage précédent
agenda-not_at_the_table = Pas d'ordre du jour pour { $who } : ni invité·e à cette réunion ni concerné·e par aucun de ses cas ; un ordre du jour ne lui dirait que quand et où la table se réunit et combien de points lui sont cachés. Pour en envoyer un, invitez d'abord cette personne (e sur la réunion dans l'onglet Tables rondes), puis exportez à nouveau.

# review
store-person_erased = cette personne a été effacée : plus rien n'est enregistré à son sujet

# forms
# A date field's first value: the word for today that the date parser reads (domain::parse::TODAY_WORDS).
date-today = aujourd'hui
# audit
audit_kind-concern_routed = préoccupation orientée vers un service
audit_kind-concern_answered = réponse à une préoccupation orientée enregistrée
form-record_erased = Cette personne a été effacée entre-temps : plus rien de ce formulaire ne peut être enregistré. Il ne reste qu'Esc (qui ferme le formulaire).

# gaps
# The section headings of `roundtable man` (capitals, as man pages have them).
man_heading-name = NOM
man_heading-synopsis = SYNOPSIS
man_heading-description = DESCRIPTION
man_heading-extra = COMPLÉMENTS
man_heading-version = VERSION
man_heading-authors = AUTEURS
# lang
# The role a new member of a mini-network is proposed (data: it is saved as typed).
member-default_role = membre
# Between two suggestions of clap's, closing the quote of one and opening the next's.
cli_error-similar_or = {"\u00A0» ou «\u00A0"}
key-back_to_search = retour à la recherche
# sharing
person_export-consent_given = accord donné le { $given }
person_export-consent_withdrawn = accord donné le { $given }, retiré le { $withdrawn }
minutes-not_at_the_table = Pas de compte rendu pour { $who } : ni invité·e à cette réunion, ni présent·e, ni concerné·e par aucun de ses cas, et rien ne peut lui en être transmis ; un compte rendu lui apprendrait seulement que la table s'est réunie, et quand.
feedback-not_involved = Pas de fiche de retour pour { $who } : pas concerné·e par le cas { $case } (besoin d'en connaître), et son seul titre lui révélerait le cas et son statut.
export-folder_open = Le dossier d'export { $path } n'est pas privé (droits { $mode }, ou il appartient à un autre compte) : d'autres comptes pourraient lister les noms des exports, qui révèlent quel cas a été transmis à quel partenaire. Rien n'a été écrit. Attribuez-le à votre compte et rendez-le privé (chmod 700 { $path }), ou indiquez un autre export_dir dans le fichier de configuration.
# lang2
# The manual's name, at the top of every page of `roundtable man` (man's own default in English).
man_heading-manual = Manuel des commandes générales
# keys
search-indexing = Préparation de la recherche dans toutes les données… Les résultats s'affichent dès que c'est prêt ; vous pouvez déjà taper.
# gaps: the help of every command-line argument
cli_help--format = Format de sortie : md (Markdown) ou txt (texte brut)
cli_help-export_stakeholders-format = Format de sortie : csv (pour Excel, voir --sep et --bom) ou json
cli_help-export_handout-what = Quel document : directory (les membres, par secteur), lessons (leçons apprises et notes des échanges) ou agreement (la convention de partage et ses règles)
cli_help-import_stakeholders-file = Le fichier à lire : CSV, un export d'Outlook ou de Google Contacts, ou des vCards (.vcf)
cli_help-completions-shell = Le shell pour lequel les écrire
cli_help--id = Le numéro de l'action (tel que l'affiche `roundtable actions`)
cli_help-action_cancel-reason = Pourquoi elle est annulée, en une ligne
cli_help-action_due-date = La nouvelle échéance : 2026-12-01, ou à partir d'aujourd'hui +3j, +2s
cli_help--user = Le nom du compte Unix du collègue
# craft audit
meeting-hints_more = { $n ->
    [one] et 1 de plus
   *[other] et { $n } de plus
}
filter-text = « { $query } »

# which field matched
filter-matched_letters = « { $query } » : lettres trouvées dans { $fields }

# loose ends of #19
help-own_keys = Dans cette aide
key-scroll_top = au début
key-scroll_bottom = à la fin
key-toggle_choice = cocher/décocher
key-done_choosing = terminer
