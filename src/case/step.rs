use serde::{Deserialize, Serialize};

/// A step of the wizard. Adding one breaks the build until every `match` handles it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum Step {
    #[default]
    AboutYou,
    Condition,
    CallInsurer,
    Medicare,
    Accounts,
    Alternatives,
    Plan,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Self; 7] = [
        Self::AboutYou,
        Self::Condition,
        Self::CallInsurer,
        Self::Medicare,
        Self::Accounts,
        Self::Alternatives,
        Self::Plan,
    ];

    /// The step's short title, as on the step map.
    pub fn title(self) -> &'static str {
        match self {
            Self::AboutYou => "About you",
            Self::Condition => "Your condition and prescription",
            Self::CallInsurer => "Call your insurer",
            Self::Medicare => "Medicare",
            Self::Accounts => "FSA / HSA",
            Self::Alternatives => "Alternatives",
            Self::Plan => "Your plan",
        }
    }

    /// The step's position, from 1.
    pub fn number(self) -> usize {
        Self::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }
}
