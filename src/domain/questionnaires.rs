//! Questionnaires in consultations: question kinds, the rules an answer must meet, and the
//! arithmetic of results (counts, shares, means), with no I/O so that each rule is unit-tested.

use super::feedback::Channel;
use super::vocabulary;
use std::collections::BTreeMap;

vocabulary!(
    /// What a question asks for: one option, any options, a number on the 1–5 scale, or words.
    QuestionKind { Single => "single", Multiple => "multiple", Scale => "scale", Text => "text" }
);

impl QuestionKind {
    /// Kinds whose answers are option numbers listed by staff.
    pub fn has_options(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multiple)
    }
}

pub const SCALE_MIN: i64 = 1;
pub const SCALE_MAX: i64 = 5;
pub const MAX_ANSWER_CHARS: usize = 2000;
pub const MAX_OPTIONS: usize = 20;
pub const MAX_QUESTIONS: usize = 50;
/// Identical paper forms entered in one go.
pub const MAX_OFFLINE_COPIES: i64 = 500;

/// What validation needs to know of a question.
#[derive(Debug, Clone)]
pub struct QuestionShape {
    pub id: i64,
    pub kind: QuestionKind,
    /// Number of options (`single`, `multiple`); the scale has five.
    pub options: usize,
    pub required: bool,
}

impl QuestionShape {
    fn valid_choice(&self, n: i64) -> bool {
        match self.kind {
            QuestionKind::Scale => (SCALE_MIN..=SCALE_MAX).contains(&n),
            _ => n >= 1 && n as usize <= self.options,
        }
    }
}

/// One question's answer, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Option numbers from 1 (one for `single`, sorted for `multiple`) or the scale value.
    Choices(Vec<i64>),
    Text(String),
}

/// Why a questionnaire POST is refused: per question, and for the form as a whole.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct AnswerProblems {
    /// (question id, Fluent key).
    pub questions: Vec<(i64, &'static str)>,
    /// Fluent keys about the whole form (a field naming no question of this consultation, or no answer at all).
    pub form: Vec<&'static str>,
}

impl AnswerProblems {
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty() && self.form.is_empty()
    }
    pub fn for_question(&self, id: i64) -> Option<&'static str> {
        self.questions.iter().find(|(q, _)| *q == id).map(|(_, k)| *k)
    }
}

/// The question id named by a form field `q{id}`, if the field has that shape.
pub fn question_field(name: &str) -> Option<Result<i64, ()>> {
    let rest = name.strip_prefix('q')?;
    Some(rest.parse::<i64>().map_err(|_| ()).and_then(|id| if id > 0 { Ok(id) } else { Err(()) }))
}

/// Checks the submitted `q{id}` fields against the questionnaire. Fields with other names are
/// not answers (CSRF token, channel, …); an empty value is no answer (an empty text box).
pub fn check_answers(
    questions: &[QuestionShape],
    pairs: &[(String, String)],
) -> Result<Vec<(i64, Answer)>, AnswerProblems> {
    let mut problems = AnswerProblems::default();
    let mut given: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
    for (name, value) in pairs {
        match question_field(name) {
            None => {}
            Some(Ok(id)) if questions.iter().any(|q| q.id == id) => {
                let v = value.trim();
                if !v.is_empty() {
                    given.entry(id).or_default().push(value.as_str());
                }
            }
            Some(_) if !problems.form.contains(&"answer-unknown-question") => {
                problems.form.push("answer-unknown-question");
            }
            Some(_) => {}
        }
    }
    let mut answers = Vec::new();
    for q in questions {
        let values = given.remove(&q.id).unwrap_or_default();
        if values.is_empty() {
            if q.required {
                problems.questions.push((q.id, "answer-required"));
            }
            continue;
        }
        match q.kind {
            QuestionKind::Text => {
                if values.len() > 1 {
                    problems.questions.push((q.id, "answer-one-only"));
                    continue;
                }
                let text = super::feedback::clean_body(values[0]);
                if text.chars().count() > MAX_ANSWER_CHARS {
                    problems.questions.push((q.id, "answer-too-long"));
                    continue;
                }
                answers.push((q.id, Answer::Text(text)));
            }
            kind => {
                if kind != QuestionKind::Multiple && values.len() > 1 {
                    problems.questions.push((q.id, "answer-one-only"));
                    continue;
                }
                let numbers: Option<Vec<i64>> =
                    values.iter().map(|v| v.trim().parse::<i64>().ok().filter(|n| q.valid_choice(*n))).collect();
                let Some(mut numbers) = numbers else {
                    problems.questions.push((q.id, "answer-invalid-option"));
                    continue;
                };
                numbers.sort_unstable();
                numbers.dedup();
                answers.push((q.id, Answer::Choices(numbers)));
            }
        }
    }
    if answers.is_empty() && problems.is_empty() {
        problems.form.push("answer-empty");
    }
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(problems)
    }
}

/// How many copies of one paper form staff enter at once: 1 when left empty.
pub fn parse_copies(raw: &str) -> Option<i64> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Some(1);
    }
    raw.parse::<i64>().ok().filter(|n| (1..=MAX_OFFLINE_COPIES).contains(n))
}

/// Staff-written options: one per line, blank lines dropped.
pub fn option_lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

// --- results ---

/// Counted answers of one question, per channel.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionTally {
    /// Option number from 1, or the scale value.
    pub number: i64,
    pub count: i64,
    /// Share of the question's respondents, in percent with one decimal.
    pub share: f64,
    pub by_channel: BTreeMap<Channel, i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionTally {
    pub question_id: i64,
    /// People who answered this question.
    pub respondents: i64,
    pub respondents_by_channel: BTreeMap<Channel, i64>,
    /// One entry per option (or scale value), zeros included, in order.
    pub options: Vec<OptionTally>,
    /// Scale questions: the mean of the values given, two decimals.
    pub mean: Option<f64>,
}

/// Share in percent, one decimal; 0 when nobody answered.
pub fn share(count: i64, of: i64) -> f64 {
    if of <= 0 {
        return 0.0;
    }
    (count as f64 * 1000.0 / of as f64).round() / 10.0
}

/// Builds a question's tally from grouped counts: `choices` are (option, channel, count) and
/// `respondents` are (channel, people who answered the question).
pub fn tally(
    question: &QuestionShape,
    choices: &[(i64, Channel, i64)],
    respondents: &[(Channel, i64)],
) -> QuestionTally {
    let total: i64 = respondents.iter().map(|(_, n)| n).sum();
    let numbers: Vec<i64> = match question.kind {
        QuestionKind::Scale => (SCALE_MIN..=SCALE_MAX).collect(),
        QuestionKind::Text => vec![],
        _ => (1..=question.options as i64).collect(),
    };
    let options: Vec<OptionTally> = numbers
        .iter()
        .map(|&number| {
            let mut by_channel = BTreeMap::new();
            for (n, channel, count) in choices.iter().filter(|(n, _, _)| *n == number) {
                debug_assert_eq!(*n, number);
                *by_channel.entry(*channel).or_insert(0) += count;
            }
            let count = by_channel.values().sum();
            OptionTally { number, count, share: share(count, total), by_channel }
        })
        .collect();
    let mean = (question.kind == QuestionKind::Scale && total > 0).then(|| {
        let sum: i64 = options.iter().map(|o| o.number * o.count).sum();
        (sum as f64 * 100.0 / total as f64).round() / 100.0
    });
    QuestionTally {
        question_id: question.id,
        respondents: total,
        respondents_by_channel: respondents.iter().copied().collect(),
        options,
        mean,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: i64, kind: QuestionKind, options: usize, required: bool) -> QuestionShape {
        QuestionShape { id, kind, options, required }
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    fn questionnaire() -> Vec<QuestionShape> {
        vec![
            q(1, QuestionKind::Single, 3, true),
            q(2, QuestionKind::Multiple, 4, false),
            q(3, QuestionKind::Scale, 0, false),
            q(4, QuestionKind::Text, 0, false),
        ]
    }

    #[test]
    fn a_complete_answer_is_read_as_sent() {
        let got = check_answers(
            &questionnaire(),
            &pairs(&[
                ("csrf_token", "x"),
                ("q1", "2"),
                ("q2", "4"),
                ("q2", "1"),
                ("q3", "5"),
                ("q4", "  More buses \r\n please "),
            ]),
        )
        .unwrap();
        assert_eq!(
            got,
            vec![
                (1, Answer::Choices(vec![2])),
                (2, Answer::Choices(vec![1, 4])),
                (3, Answer::Choices(vec![5])),
                (4, Answer::Text("More buses \n please".into())),
            ]
        );
    }

    #[test]
    fn each_bad_answer_is_named_by_its_question() {
        let long = "x".repeat(MAX_ANSWER_CHARS + 1);
        let err = check_answers(
            &questionnaire(),
            &pairs(&[("q1", "1"), ("q1", "2"), ("q2", "5"), ("q3", "0"), ("q4", &long), ("q99", "1")]),
        )
        .unwrap_err();
        assert_eq!(err.for_question(1), Some("answer-one-only"));
        assert_eq!(err.for_question(2), Some("answer-invalid-option"));
        assert_eq!(err.for_question(3), Some("answer-invalid-option"));
        assert_eq!(err.for_question(4), Some("answer-too-long"));
        assert_eq!(err.form, vec!["answer-unknown-question"]);
    }

    #[test]
    fn required_and_empty_forms_are_refused() {
        let err = check_answers(&questionnaire(), &pairs(&[("q2", "1")])).unwrap_err();
        assert_eq!(err.questions, vec![(1, "answer-required")]);
        let optional = vec![q(7, QuestionKind::Text, 0, false)];
        let err = check_answers(&optional, &pairs(&[("q7", "   ")])).unwrap_err();
        assert_eq!(err.form, vec!["answer-empty"]);
        assert!(check_answers(&questionnaire(), &pairs(&[("q1", "abc")])).is_err());
        assert!(check_answers(&questionnaire(), &pairs(&[("q1", "1"), ("q-3", "1")])).is_err());
    }

    #[test]
    fn copies_are_between_one_and_the_limit() {
        assert_eq!(parse_copies(""), Some(1));
        assert_eq!(parse_copies("12"), Some(12));
        assert_eq!(parse_copies("0"), None);
        assert_eq!(parse_copies("501"), None);
        assert_eq!(parse_copies("two"), None);
    }

    #[test]
    fn tallies_count_shares_and_means_by_hand() {
        // 3 people online and 2 paper forms answered the scale: 5, 4, 4 online; 2, 5 on paper.
        let scale = q(3, QuestionKind::Scale, 0, false);
        let t = tally(
            &scale,
            &[(5, Channel::Web, 1), (4, Channel::Web, 2), (2, Channel::Paper, 1), (5, Channel::Paper, 1)],
            &[(Channel::Web, 3), (Channel::Paper, 2)],
        );
        assert_eq!(t.respondents, 5);
        assert_eq!(t.options.len(), 5);
        assert_eq!(t.options[4].count, 2);
        assert_eq!(t.options[4].share, 40.0);
        assert_eq!(t.options[4].by_channel.get(&Channel::Paper), Some(&1));
        assert_eq!(t.options[0].count, 0);
        assert_eq!(t.mean, Some(4.0));
        // Multiple choice: shares of respondents can add up to more than 100%.
        let multi = q(2, QuestionKind::Multiple, 3, false);
        let t = tally(&multi, &[(1, Channel::Web, 2), (3, Channel::Web, 2)], &[(Channel::Web, 3)]);
        assert_eq!(t.options.iter().map(|o| o.share).collect::<Vec<_>>(), vec![66.7, 0.0, 66.7]);
        assert_eq!(t.mean, None);
        assert_eq!(share(1, 0), 0.0);
    }
}
