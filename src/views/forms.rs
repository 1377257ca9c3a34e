//! Form state shared by every form template: values to show again, errors per field.

use crate::error::{FieldError, FieldErrors};
use crate::i18n::I18n;

#[derive(Default)]
pub struct FormState {
    pub values: Vec<(String, String)>,
    pub errors: FieldErrors,
    /// Variables the error messages name (e.g. the measured contrast as `value`).
    pub args: Vec<(&'static str, String)>,
}

impl FormState {
    pub fn new(values: Vec<(String, String)>, errors: FieldErrors) -> Self {
        FormState { values, errors, args: Vec::new() }
    }

    pub fn with_values(values: Vec<(String, String)>) -> Self {
        FormState { values, errors: FieldErrors::default(), args: Vec::new() }
    }

    /// An error message in the reader's language, with the variables the form carries.
    pub fn message(&self, i18n: &I18n, key: &str) -> String {
        if self.args.is_empty() {
            return i18n.t(key);
        }
        let args: Vec<(&'static str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        i18n.targs(key, &args)
    }

    pub fn value(&self, name: &str) -> &str {
        self.values.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// The value of a numbered field such as `evidence_url_2`.
    pub fn value_at(&self, prefix: &str, n: &usize) -> &str {
        let name = format!("{prefix}{n}");
        self.values.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// For checkboxes and options: is `value` among the submitted values of `name`?
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.values.iter().any(|(k, v)| k == name && v == value)
    }

    pub fn error(&self, name: &str) -> Option<&'static str> {
        self.errors.for_field(name)
    }

    pub fn errors(&self) -> &[FieldError] {
        &self.errors.0
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// `aria-describedby` (hint and error) and `aria-invalid` for a field's input.
    pub fn aria(&self, name: &str, has_hint: bool) -> String {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("f-{name}-hint"));
        }
        if self.error(name).is_some() {
            ids.push(format!("f-{name}-error"));
        }
        let mut out = String::new();
        if !ids.is_empty() {
            out.push_str(&format!(" aria-describedby=\"{}\"", ids.join(" ")));
        }
        if self.error(name).is_some() {
            out.push_str(" aria-invalid=\"true\"");
        }
        out
    }
}
