//! The app state and the only way it changes: an [`Action`] through [`State::reduce`].
//!
//! The design is plain data; the report is derived from it by the engine after every action.
//! No DOM here, so the reducer is testable as it is.

use std::rc::Rc;

use doorplan::{check, Design, Lang, Report};
use yew::Reducible;

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub design: Design,
    /// The engine's report of `design`, recomputed after every change of the design.
    pub report: Report,
    /// Id of the template the design came from, if any.
    pub template: Option<&'static str>,
    pub lang: Lang,
}

/// A change to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Replace the design with one of the engine's templates.
    LoadTemplate(&'static str),
    SetLang(Lang),
}

impl State {
    /// A state showing a design, with its report.
    pub fn with_design(design: Design, template: Option<&'static str>, lang: Lang) -> State {
        let report = check(&design);
        State {
            design,
            report,
            template,
            lang,
        }
    }

    /// The state the app opens with: the article's recommended design.
    pub fn initial(lang: Lang) -> State {
        let template = doorplan::templates::template("p2")
            .or_else(|| doorplan::templates::TEMPLATES.first());
        match template.and_then(|template| template.design().ok().map(|design| (template, design))) {
            Some((template, design)) => State::with_design(design, Some(template.id), lang),
            None => State::with_design(doorplan::templates::sample_design(2), None, lang),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::LoadTemplate(id) => {
                let Some(template) = doorplan::templates::template(id) else {
                    return self;
                };
                match template.design() {
                    Ok(design) => Rc::new(State::with_design(design, Some(template.id), self.lang)),
                    Err(_) => self,
                }
            }
            Action::SetLang(lang) => {
                let mut next = (*self).clone();
                next.lang = lang;
                Rc::new(next)
            }
        }
    }
}
