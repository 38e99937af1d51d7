//! The demo town's people: invented names, organisations and the communities they reach.

use crate::domain::stakeholder::{Formality, Sector, Tier};

use Formality::{Formal as F, Informal as I};
use Sector::*;
use Tier::{Policy as Pol, Practitioner as Pr};

/// name, organisation, role, sector, formality, tier, communities, key figure,
/// referred by (1-based row), cadence in days.
pub(super) type Row = (
    &'static str,
    &'static str,
    &'static str,
    Sector,
    Formality,
    Tier,
    &'static [&'static str],
    bool,
    usize,
    u32,
);

#[rustfmt::skip]
pub(super) fn people() -> Vec<Row> {
    vec![
        ("Anke Verhulst", "City of Marlevoorde", "Prevention coordinator", LocalAuthority, F, Pol, &[], false, 0, 30),
        ("Mayor Pieter Dewaele", "City of Marlevoorde", "Mayor", LocalAuthority, F, Pol, &[], true, 0, 30),
        ("Chief Insp. Sofie Claes", "Marlevoorde Police Zone", "Chief of police", Police, F, Pol, &[], false, 2, 30),
        ("Insp. Youssef Amrani", "Marlevoorde Police Zone", "Neighbourhood officer, Molenwijk", Police, F, Pr, &["Molenwijk"], true, 3, 30),
        ("Dr. Lotte Peeters", "Mental Health Centre De Brug", "Psychiatrist", MentalHealth, F, Pr, &[], false, 1, 45),
        ("Karim Haddou", "Mental Health Centre De Brug", "Outreach psychologist", MentalHealth, F, Pr, &["Moroccan-Belgian youth"], false, 5, 45),
        ("Els Van Damme", "Sint-Jozef Secondary School", "Head teacher", Education, F, Pol, &[], false, 1, 60),
        ("Tom Wouters", "Sint-Jozef Secondary School", "Student counsellor", Education, F, Pr, &["pupils 12–18"], false, 7, 45),
        ("Nadia Bouzid", "Atheneum Marlevoorde", "Pupil support", Education, F, Pr, &["pupils 12–18"], false, 8, 45),
        ("Griet Maes", "Public Centre for Social Welfare", "Social worker", SocialWelfare, F, Pr, &["families on benefits"], false, 1, 60),
        ("Bram Jacobs", "Public Centre for Social Welfare", "Director", SocialWelfare, F, Pol, &[], false, 10, 90),
        ("Samira El Idrissi", "Youth House 't Kruispunt", "Youth worker", YouthWork, F, Pr, &["Molenwijk youth", "girls' group"], true, 1, 30),
        ("Jonas De Smet", "Youth House 't Kruispunt", "Street worker", YouthWork, F, Pr, &["skate park youth"], false, 12, 30),
        ("Imam Abdelhak Benali", "El Fath Mosque", "Imam", Religious, I, Pr, &["Moroccan community", "mosque youth"], true, 12, 45),
        ("Mustafa Yilmaz", "Ulu Mosque association", "Chair", Religious, I, Pol, &["Turkish community"], true, 14, 60),
        ("Father Luc Vermeulen", "Parish of Sint-Martinus", "Parish priest", Religious, I, Pr, &["elderly parishioners"], false, 1, 90),
        ("Pastor Grace Mensah", "Living Word Church", "Pastor", Religious, I, Pr, &["West-African community"], true, 16, 60),
        ("Dirk Van Acker", "FC Marlevoorde", "Youth coach", Sports, I, Pr, &["football youth U15–U19"], true, 12, 45),
        ("Hassan Ouali", "FC Marlevoorde", "Club secretary", Sports, I, Pol, &[], false, 18, 90),
        ("Kevin Goossens", "Boxing club Ring 9", "Trainer", Sports, I, Pr, &["young men 16–25"], true, 13, 45),
        ("Ahmed Tahiri", "Tahiri grocery, Kerkstraat", "Shop owner", Business, I, Pr, &["Kerkstraat neighbours", "mosque visitors"], true, 14, 60),
        ("Marleen Cools", "Women's farmers club Marlevoorde", "Chair", Community, I, Pr, &["rural families"], true, 16, 90),
        ("Fatima Zahra Alaoui", "Mothers' circle Molenwijk", "Volunteer", Community, I, Pr, &["mothers in Molenwijk"], true, 12, 45),
        ("Rudi Claessens", "Neighbourhood clean-up group", "Organiser", Community, I, Pr, &["Oud-Marlevoorde"], false, 22, 90),
        ("Yara Haddad", "Refugee welcome network", "Coordinator", Community, I, Pr, &["Syrian families", "Arabic speakers"], true, 23, 60),
        ("Dr. Jan Willems", "GP practice De Linde", "General practitioner", Health, F, Pr, &[], false, 5, 90),
        ("Ilse Martens", "Youth Care Flanders, Marlevoorde", "Case manager", YouthWork, F, Pr, &[], false, 10, 60),
        ("Peter Segers", "Public Prosecutor's Office", "Liaison magistrate", Justice, F, Pol, &[], false, 3, 90),
        ("Eva Dumont", "Justice House", "Probation officer", Justice, F, Pr, &[], false, 28, 60),
        ("Wim Hermans", "Social Housing Marlevoorde", "Tenant support", Housing, F, Pr, &["Molenwijk tenants"], false, 10, 90),
        ("Sara Lemmens", "Employment office", "Job coach", Employment, F, Pr, &["young job seekers"], false, 10, 90),
        ("Koen Bauwens", "Library & cultural centre", "Programme maker", Culture, F, Pr, &["readers", "debate evenings"], false, 1, 90),
        ("Leila Mansouri", "Hip-hop collective Beatstraat", "Founder", Culture, I, Pr, &["young artists"], true, 13, 45),
        ("Tine Vandenberghe", "Truancy platform", "Coordinator", Education, F, Pr, &[], false, 7, 60),
        ("Omar Farouk", "Somali community association", "Chair", Community, I, Pol, &["Somali community"], true, 25, 60),
        ("Hilde Smets", "City of Marlevoorde", "Diversity officer", LocalAuthority, F, Pol, &[], false, 1, 60),
        ("Bart Peeters", "City of Marlevoorde", "Alderman for youth", LocalAuthority, F, Pol, &[], false, 2, 90),
        ("Rachid Essaidi", "Kebab house Molenplein", "Owner", Business, I, Pr, &["Molenplein night life"], false, 21, 90),
        ("Annelies Goris", "Scouts Marlevoorde", "Group leader", YouthWork, I, Pr, &["scouts 8–17"], false, 12, 90),
        ("Yusuf Demir", "Turkish youth association", "Youth leader", YouthWork, I, Pr, &["Turkish youth"], true, 15, 45),
        ("Nathalie Roels", "Victim support service", "Counsellor", SocialWelfare, F, Pr, &[], false, 5, 90),
        ("Joris Lambrecht", "Regional radicalisation desk", "Advisor", Other("Regional government".into()), F, Pol, &[], false, 1, 60),
        ("Dounia Amrani", "Online youth work 'Chat met ons'", "Online youth worker", YouthWork, F, Pr, &["youth online"], false, 12, 45),
        ("Geert Verbeke", "Cycling club De Spurters", "Chair", Sports, I, Pol, &["cyclists 40+"], false, 18, 120),
    ]
}
