//! Renders every tab of the demo town to `screenshots/*.png`:
//! `cargo run --example screenshots`. Draws the same buffer the terminal would get, with a
//! built-in bitmap font, so it needs no fonts or tools installed.

use std::convert::Infallible;
use std::sync::Arc;

use embedded_graphics::mono_font::MonoTextStyle;
use embedded_graphics::mono_font::iso_8859_1::{FONT_9X18, FONT_9X18_BOLD};
use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::{Line, PrimitiveStyle, Rectangle};
use embedded_graphics::text::{Baseline, Text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use roundtable::app::{self, Action, App, Tab};

const CW: i32 = 9;
const CH: i32 = 18;

struct Canvas {
    w: u32,
    h: u32,
    px: Vec<u8>,
}

impl OriginDimensions for Canvas {
    fn size(&self) -> Size {
        Size::new(self.w, self.h)
    }
}

impl DrawTarget for Canvas {
    type Color = Rgb888;
    type Error = Infallible;
    fn draw_iter<I: IntoIterator<Item = Pixel<Rgb888>>>(
        &mut self,
        pixels: I,
    ) -> Result<(), Infallible> {
        for Pixel(p, c) in pixels {
            if p.x >= 0 && p.y >= 0 && (p.x as u32) < self.w && (p.y as u32) < self.h {
                let i = ((p.y as u32 * self.w + p.x as u32) * 3) as usize;
                self.px[i..i + 3].copy_from_slice(&[c.r(), c.g(), c.b()]);
            }
        }
        Ok(())
    }
}

fn rgb(c: Color, default: Rgb888) -> Rgb888 {
    match c {
        Color::Reset => default,
        Color::Black => Rgb888::new(0x1d, 0x1f, 0x21),
        Color::Red => Rgb888::new(0xe0, 0x6c, 0x75),
        Color::Green => Rgb888::new(0x98, 0xc3, 0x79),
        Color::Yellow => Rgb888::new(0xe5, 0xc0, 0x7b),
        Color::Blue => Rgb888::new(0x3b, 0x6e, 0xc4),
        Color::Magenta => Rgb888::new(0xc6, 0x78, 0xdd),
        Color::Cyan => Rgb888::new(0x56, 0xb6, 0xc2),
        Color::Gray | Color::White => Rgb888::new(0xdc, 0xdf, 0xe4),
        Color::DarkGray => Rgb888::new(0x7f, 0x84, 0x8e),
        Color::Rgb(r, g, b) => Rgb888::new(r, g, b),
        _ => default,
    }
}

/// Box-drawing characters as line segments: (left, right, up, down) arms.
fn arms(c: char) -> Option<(bool, bool, bool, bool)> {
    Some(match c {
        '─' => (true, true, false, false),
        '│' => (false, false, true, true),
        '╭' | '┌' => (false, true, false, true),
        '╮' | '┐' => (true, false, false, true),
        '╰' | '└' => (false, true, true, false),
        '╯' | '┘' => (true, false, true, false),
        '├' => (false, true, true, true),
        '┤' => (true, false, true, true),
        '┬' => (true, true, false, true),
        '┴' => (true, true, true, false),
        '┼' => (true, true, true, true),
        _ => return None,
    })
}

/// Block elements (bars, sparklines, half blocks) as the filled part of the cell:
/// (from left, from top, to right, to bottom) in eighths.
fn block(c: char) -> Option<(i32, i32, i32, i32)> {
    Some(match c {
        '█' => (0, 0, 8, 8),
        '▀' => (0, 0, 8, 4),
        '▄' => (0, 4, 8, 8),
        '▌' => (0, 0, 4, 8),
        '▐' => (4, 0, 8, 8),
        '▁'..='▇' => (0, 8 - (c as i32 - '▁' as i32 + 1), 8, 8),
        _ => return None,
    })
}

/// Draws a Braille pattern's dots (U+2800 to U+28FF) in the cell at `origin`.
fn braille(canvas: &mut Canvas, origin: Point, bits: u32, fg: Rgb888) {
    // Dots 1-8 by bit: column and row in the 2x4 grid.
    const DOTS: [(i32, i32); 8] = [
        (0, 0),
        (0, 1),
        (0, 2),
        (1, 0),
        (1, 1),
        (1, 2),
        (0, 3),
        (1, 3),
    ];
    for (bit, (cx, cy)) in DOTS.iter().enumerate() {
        if bits & (1 << bit) != 0 {
            let at = origin + Point::new(2 + cx * 4, 2 + cy * 4);
            let _ = Rectangle::new(at, Size::new(2, 2))
                .into_styled(PrimitiveStyle::with_fill(fg))
                .draw(canvas);
        }
    }
}

/// Characters outside the font's Latin-1, drawn as the nearest it has.
fn fallback(c: char) -> char {
    match c {
        '—' | '–' => '-',
        '★' => '*',
        '↑' => '^',
        '↓' => 'v',
        '✓' => '+',
        '✗' => 'x',
        '▶' | '→' | '›' => '>',
        '‹' => '<',
        '◆' => '*',
        '●' => 'o',
        '⏱' => '@',
        '⚠' => '!',
        '🔒' => '#',
        '←' => '<',
        '…' => '~',
        '‘' | '’' => '\'',
        c if (c as u32) < 0x100 => c,
        c if (0x2400..0x2420).contains(&(c as u32)) => '^',
        _ => '?',
    }
}

fn paint(buf: &Buffer, path: &str) {
    let (w, h) = (buf.area.width as i32, buf.area.height as i32);
    let bg0 = Rgb888::new(0x28, 0x2c, 0x34);
    let fg0 = Rgb888::new(0xdc, 0xdf, 0xe4);
    let mut canvas = Canvas {
        w: (w * CW) as u32,
        h: (h * CH) as u32,
        px: vec![0; (w * CW * h * CH * 3) as usize],
    };
    for y in 0..h {
        for x in 0..w {
            let cell = &buf[(x as u16, y as u16)];
            let (mut fg, mut bg) = (rgb(cell.fg, fg0), rgb(cell.bg, bg0));
            if cell.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let origin = Point::new(x * CW, y * CH);
            let _ = Rectangle::new(origin, Size::new(CW as u32, CH as u32))
                .into_styled(PrimitiveStyle::with_fill(bg))
                .draw(&mut canvas);
            let ch = cell.symbol().chars().next().unwrap_or(' ');
            if let Some((l, r, u, d)) = arms(ch) {
                let c = origin + Point::new(CW / 2, CH / 2);
                let line = PrimitiveStyle::with_stroke(fg, 1);
                let mut seg = |to: Point| {
                    let _ = Line::new(c, to).into_styled(line).draw(&mut canvas);
                };
                if l {
                    seg(Point::new(origin.x, c.y));
                }
                if r {
                    seg(Point::new(origin.x + CW - 1, c.y));
                }
                if u {
                    seg(Point::new(c.x, origin.y));
                }
                if d {
                    seg(Point::new(c.x, origin.y + CH - 1));
                }
                continue;
            }
            if ch == ' ' {
                continue;
            }
            if let Some((l, t, r, b)) = block(ch) {
                let at = origin + Point::new(l * CW / 8, t * CH / 8);
                let size = Size::new(((r - l) * CW / 8) as u32, ((b - t) * CH / 8) as u32);
                let _ = Rectangle::new(at, size)
                    .into_styled(PrimitiveStyle::with_fill(fg))
                    .draw(&mut canvas);
                continue;
            }
            if (0x2800..0x2900).contains(&(ch as u32)) {
                braille(&mut canvas, origin, ch as u32 - 0x2800, fg);
                continue;
            }
            let font = if cell.modifier.contains(Modifier::BOLD) {
                &FONT_9X18_BOLD
            } else {
                &FONT_9X18
            };
            let s = fallback(ch).to_string();
            let _ = Text::with_baseline(&s, origin, MonoTextStyle::new(font, fg), Baseline::Top)
                .draw(&mut canvas);
        }
    }
    let file = std::fs::File::create(path).expect("create png");
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), canvas.w, canvas.h);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header()
        .and_then(|mut wr| wr.write_image_data(&canvas.px))
        .expect("write png");
    println!("wrote {path}");
}

fn shot(app: &App, w: u16, h: u16, path: &str) {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| roundtable::ui::draw(f, app)).expect("draw");
    paint(t.backend().buffer(), path);
}

/// The demo town loaded, with the overview the worker computes once the data are in.
fn demo_app(today: chrono::NaiveDate) -> App {
    let mut app = App::new(today);
    app.effects.clear();
    // The town in the interface's language: Marlevoorde in Dutch for the nl set.
    let data = Arc::new(roundtable::demo::build_in(roundtable::i18n::lang(), today));
    let overview = roundtable::domain::overview::compute(&data, today);
    app::update(&mut app, Action::Loaded(data, 1));
    app::update(&mut app, Action::OverviewReady(Arc::new(overview)));
    app.effects.clear();
    app
}

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("date");
    let mut app = demo_app(today);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/screenshots");
    // The Overview, the screen the program opens on: steps, figures, network picture.
    shot(&app, 120, 34, &format!("{dir}/overview.png"));
    shot(&app, 80, 24, &format!("{dir}/overview-80x24.png"));
    app::update(&mut app, Action::NextOverviewPage);
    shot(&app, 120, 34, &format!("{dir}/overview-figures.png"));
    app::update(&mut app, Action::NextOverviewPage);
    shot(&app, 120, 34, &format!("{dir}/overview-network.png"));
    app::update(&mut app, Action::NextOverviewPage);
    for (tab, name) in [
        (Tab::Stakeholders, "stakeholders"),
        (Tab::Networks, "networks"),
        (Tab::Sessions, "sessions"),
        (Tab::Sharing, "sharing"),
    ] {
        app::update(&mut app, Action::GoTab(tab));
        if tab == Tab::Stakeholders {
            for _ in 0..3 {
                app::update(&mut app, Action::Down);
            }
        }
        shot(&app, 120, 34, &format!("{dir}/{name}.png"));
    }
    app::update(&mut app, Action::GoTab(Tab::Stakeholders));
    shot(&app, 80, 24, &format!("{dir}/stakeholders-80x24.png"));

    app::update(&mut app, Action::GoTab(Tab::Sessions));
    app::update(&mut app, Action::ToggleCases);
    shot(&app, 120, 34, &format!("{dir}/cases.png"));
    app::update(&mut app, Action::Top);
    app::update(&mut app, Action::Open);
    shot(&app, 120, 34, &format!("{dir}/case-file.png"));
    app::update(&mut app, Action::Back);
    app::update(&mut app, Action::ToggleCases);
    // Every open action across cases and sessions, overdue first.
    app::update(&mut app, Action::ToggleActions);
    shot(&app, 120, 34, &format!("{dir}/actions.png"));
    shot(&app, 80, 24, &format!("{dir}/actions-80x24.png"));
    app::update(&mut app, Action::ToggleActions);

    // Mid-meeting: some people marked, a note half typed with an action line.
    app::update(&mut app, Action::Top);
    app::update(&mut app, Action::OpenMeeting);
    let mut run = |a: Action| {
        let mut next = Some(a);
        while let Some(a) = next {
            next = app::update(&mut app, a);
        }
    };
    run(Action::FocusSide);
    for _ in 0..3 {
        run(Action::TogglePresence);
        run(Action::Saved(roundtable::app::Ticket::Session, vec![]));
        run(Action::Down);
    }
    run(Action::FocusEditor);
    for _ in 0..(4 * 95) {
        run(Action::Tick);
    }
    let typed = "Mother reports he sleeps during the day and games all night.\naction: @samira call the mother due:+3d\ndecision: review again next month";
    for c in typed.chars() {
        let code = if c == '\n' {
            crossterm::event::KeyCode::Enter
        } else {
            crossterm::event::KeyCode::Char(c)
        };
        run(Action::Input(crossterm::event::KeyEvent::new(
            code,
            crossterm::event::KeyModifiers::NONE,
        )));
    }
    run(Action::ChooseTlp);
    run(Action::PickTlp(roundtable::domain::sharing::Tlp::Amber));
    shot(&app, 120, 34, &format!("{dir}/meeting.png"));
    shot(&app, 80, 24, &format!("{dir}/meeting-80x24.png"));
    dutch(dir, today);
}

/// The Dutch town with the interface in Dutch (`--demo --lang nl`): the Overview, the
/// stakeholders at 80x24 and the round tables, under screenshots/nl/.
fn dutch(dir: &str, today: chrono::NaiveDate) {
    roundtable::i18n::set_lang(roundtable::i18n::Lang::Nl);
    let dir = format!("{dir}/nl");
    std::fs::create_dir_all(&dir).expect("screenshots/nl");
    let mut app = demo_app(today);
    shot(&app, 120, 34, &format!("{dir}/overview.png"));
    app::update(&mut app, Action::GoTab(Tab::Stakeholders));
    shot(&app, 80, 24, &format!("{dir}/stakeholders-80x24.png"));
    app::update(&mut app, Action::GoTab(Tab::Sessions));
    shot(&app, 120, 34, &format!("{dir}/sessions.png"));
    roundtable::i18n::set_lang(roundtable::i18n::Lang::En);
}
