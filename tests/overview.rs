//! The Overview's pages and the network picture at 80×24 and 160×48, drawn from the demo
//! town's overview model.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::symbols::Marker;
use roundtable::domain::overview::compute;
use roundtable::ui::overview::{OverviewView, Page, render};

mod support;

fn draw(page: Page, marker: Marker, computed: bool, w: u16, h: u16) -> Terminal<TestBackend> {
    let data = roundtable::demo::build(support::today());
    let o = compute(&data, support::today());
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| {
        let v = OverviewView {
            overview: computed.then_some(&o),
            data: &data,
            page,
            selected: 1,
            marker,
        };
        render(f, f.area(), &v);
    })
    .unwrap();
    term
}

fn text(t: &Terminal<TestBackend>) -> String {
    let b = t.backend().buffer();
    let w = b.area.width as usize;
    b.content()
        .chunks(w)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn pages_at_both_sizes() {
    for (w, h) in [(80, 24), (160, 48)] {
        for (page, name) in [
            (Page::Steps, "steps"),
            (Page::Figures, "figures"),
            (Page::Network, "network"),
        ] {
            let t = draw(page, Marker::Braille, true, w, h);
            insta::assert_snapshot!(format!("overview_{name}_{w}x{h}"), t.backend());
        }
    }
}

#[test]
fn the_network_picture_has_a_half_block_fallback() {
    let braille = text(&draw(Page::Network, Marker::Braille, true, 80, 24));
    let half = text(&draw(Page::Network, Marker::HalfBlock, true, 80, 24));
    let has_braille = |s: &str| s.chars().any(|c| ('\u{2801}'..='\u{28FF}').contains(&c));
    assert!(has_braille(&braille));
    assert!(!has_braille(&half), "{half}");
    assert!(
        half.contains('▀') || half.contains('▄') || half.contains('█'),
        "{half}"
    );
    insta::assert_snapshot!(
        "overview_network_halfblock_80x24",
        text(&draw(Page::Network, Marker::HalfBlock, true, 80, 24))
    );
}

#[test]
fn the_steps_show_every_line_with_its_jump_key_and_wait_for_the_figures() {
    let s = text(&draw(Page::Steps, Marker::Braille, true, 160, 48));
    for step in ["Step 1", "Step 2", "Step 3", "The round table"] {
        assert!(s.contains(step), "{step}\n{s}");
    }
    assert!(s.contains("Sectors in the network"));
    let waiting = text(&draw(Page::Steps, Marker::Braille, false, 80, 24));
    assert!(waiting.contains("Computing the overview"));
}
