//! Pan and zoom: where the world (the engine's `diagram::Layout`) is on screen, and how large
//! touch targets must be at a given zoom. No DOM: tested natively.

pub use doorplan::diagram::{snap, Arrangement, Layout, GRID, HANDLE_RADIUS};

/// The smallest touch target on screen, in CSS pixels (WCAG 2.2 target size).
pub const TOUCH_TARGET: f64 = 24.0;
/// The widest invisible hit area around a handle or port, in world units (a node is 130 tall).
pub const MAX_HIT_RADIUS: f64 = 40.0;
/// How close (in screen pixels) a drop must be to a port to land on it.
pub const PORT_REACH: f64 = 36.0;

/// Pan and zoom: screen = world × zoom + offset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub x: f64,
    pub y: f64,
    pub zoom: f64,
}

/// What a key does to the view (the editor's canvas and the viewer share the keys).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ViewKey {
    /// Show this view (the arrow keys pan by 40 px).
    Pan(View),
    /// Zoom around the centre by this factor.
    Zoom(f64),
    /// Fit the whole diagram.
    Fit,
}

/// Zoom limits.
pub const ZOOM_MIN: f64 = 0.05;
pub const ZOOM_MAX: f64 = 3.0;

impl View {
    /// The view change a key asks for: arrows pan, `+`/`-` zoom, `0` fits; `None` for others.
    pub fn key(self, key: &str) -> Option<ViewKey> {
        let step = 40.0;
        let pan = |dx: f64, dy: f64| {
            ViewKey::Pan(View {
                x: self.x + dx,
                y: self.y + dy,
                ..self
            })
        };
        Some(match key {
            "ArrowLeft" => pan(step, 0.0),
            "ArrowRight" => pan(-step, 0.0),
            "ArrowUp" => pan(0.0, step),
            "ArrowDown" => pan(0.0, -step),
            "+" | "=" => ViewKey::Zoom(1.25),
            "-" | "_" => ViewKey::Zoom(0.8),
            "0" => ViewKey::Fit,
            _ => return None,
        })
    }

    pub fn to_world(self, screen: (f64, f64)) -> (f64, f64) {
        (
            (screen.0 - self.x) / self.zoom,
            (screen.1 - self.y) / self.zoom,
        )
    }

    pub fn to_screen(self, world: (f64, f64)) -> (f64, f64) {
        (world.0 * self.zoom + self.x, world.1 * self.zoom + self.y)
    }

    /// Zoom by a factor around a screen point, within limits.
    pub fn zoomed(self, factor: f64, around: (f64, f64)) -> View {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let zoom = (self.zoom * factor).clamp(ZOOM_MIN, ZOOM_MAX);
        let world = self.to_world(around);
        View {
            x: around.0 - world.0 * zoom,
            y: around.1 - world.1 * zoom,
            zoom,
        }
    }

    /// The view that shows the whole diagram in a box of `size`. Portrait fits the width and
    /// starts at the top (the column scrolls); landscape fits both and centres.
    pub fn fit(layout: &Layout, size: (f64, f64)) -> View {
        let (x0, y0, x1, y1) = layout.bounds();
        let (width, height) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
        match layout.arrangement {
            Arrangement::Portrait => {
                let zoom = (size.0 / width).clamp(ZOOM_MIN, 1.25);
                View {
                    x: (size.0 - width * zoom) / 2.0 - x0 * zoom,
                    y: -y0 * zoom,
                    zoom,
                }
            }
            Arrangement::Document => {
                let zoom = (size.0 / width).min(size.1 / height).clamp(ZOOM_MIN, 1.25);
                View {
                    x: (size.0 - width * zoom) / 2.0 - x0 * zoom,
                    y: (size.1 - height * zoom) / 2.0 - y0 * zoom,
                    zoom,
                }
            }
        }
    }

    /// The radius (world units) of an invisible hit area around a handle, so that the touch
    /// target is at least [`TOUCH_TARGET`] pixels across at this zoom — but never wider than
    /// [`MAX_HIT_RADIUS`], so that zoomed far out (a design of 50 Door VPNs fitted to the
    /// screen) the targets do not cover the nodes they belong to.
    pub fn hit_radius(self) -> f64 {
        // One pixel of margin, so rounding never takes a target under the size.
        ((TOUCH_TARGET / 2.0 + 1.0) / self.zoom).clamp(HANDLE_RADIUS + 4.0, MAX_HIT_RADIUS)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn design(id: &str) -> doorplan::Design {
        doorplan::templates::template(id).unwrap().design().unwrap()
    }

    #[test]
    fn keys_pan_zoom_and_fit_the_same_way_in_editor_and_viewer() {
        let view = View {
            x: 10.0,
            y: 20.0,
            zoom: 0.5,
        };
        let panned = |key| match view.key(key) {
            Some(ViewKey::Pan(next)) => (next.x, next.y, next.zoom),
            other => panic!("{key}: {other:?}"),
        };
        assert_eq!(
            panned("ArrowLeft"),
            (50.0, 20.0, 0.5),
            "the world moves right"
        );
        assert_eq!(panned("ArrowRight"), (-30.0, 20.0, 0.5));
        assert_eq!(panned("ArrowUp"), (10.0, 60.0, 0.5));
        assert_eq!(panned("ArrowDown"), (10.0, -20.0, 0.5));
        assert_eq!(view.key("+"), Some(ViewKey::Zoom(1.25)));
        assert_eq!(view.key("="), Some(ViewKey::Zoom(1.25)));
        assert_eq!(view.key("-"), Some(ViewKey::Zoom(0.8)));
        assert_eq!(view.key("0"), Some(ViewKey::Fit));
        assert_eq!(view.key("a"), None);
        assert_eq!(view.key("Enter"), None);
    }

    #[test]
    fn a_phone_shows_a_legible_column_with_touch_sized_targets() {
        let p2 = design("p2");
        let layout = Layout::new(&p2, Arrangement::for_width(390.0));
        assert_eq!(layout.arrangement, Arrangement::Portrait);
        let view = View::fit(&layout, (390.0, 700.0));
        assert!(view.zoom >= 0.8, "text stays legible: zoom {}", view.zoom);
        assert!(2.0 * view.hit_radius() * view.zoom >= TOUCH_TARGET);
        let (x0, _, x1, _) = layout.bounds();
        assert!((x1 - x0) * view.zoom <= 390.0 + 0.5, "no horizontal scroll");
    }

    #[test]
    fn a_document_fits_whole_and_centred() {
        let p2 = design("p2");
        let layout = Layout::new(&p2, Arrangement::Document);
        let view = View::fit(&layout, (1200.0, 700.0));
        let (x0, y0, x1, y1) = layout.bounds();
        let (left, top) = view.to_screen((x0, y0));
        let (right, bottom) = view.to_screen((x1, y1));
        assert!(left >= -0.5 && top >= -0.5 && right <= 1200.5 && bottom <= 700.5);
        assert!((left - (1200.0 - right)).abs() < 1.0, "centred");
    }

    #[test]
    fn far_out_the_touch_targets_stay_smaller_than_the_nodes() {
        let view = View {
            x: 0.0,
            y: 0.0,
            zoom: 0.06,
        };
        assert_eq!(view.hit_radius(), MAX_HIT_RADIUS);
        assert!(2.0 * MAX_HIT_RADIUS < doorplan::diagram::VPN_SIZE.1);
    }

    #[test]
    fn zoom_is_bounded_and_keeps_the_point_under_the_cursor() {
        let view = View {
            x: 10.0,
            y: 20.0,
            zoom: 1.0,
        };
        let zoomed = view.zoomed(2.0, (100.0, 100.0));
        let before = view.to_world((100.0, 100.0));
        let after = zoomed.to_world((100.0, 100.0));
        assert!((before.0 - after.0).abs() < 1e-9 && (before.1 - after.1).abs() < 1e-9);
        assert_eq!(view.zoomed(1e9, (0.0, 0.0)).zoom, ZOOM_MAX);
        assert_eq!(view.zoomed(f64::NAN, (0.0, 0.0)).zoom, 1.0);
    }
}
