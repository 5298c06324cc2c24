//! Reads the `.ftl` syntax trees to list, per language, every message id and
//! the variables it uses. The parity tests compare these between locales, so a
//! message or a `$variable` that exists in one locale and not in the other
//! fails the build's tests.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// `key → variables`, where key is a message id or `id.attribute`.
pub type Catalogue = BTreeMap<String, BTreeSet<String>>;

/// The catalogue of one language's sources, or the parser's complaint.
pub fn catalogue(files: &[(&str, &str)]) -> Result<Catalogue, String> {
    let mut out = Catalogue::new();
    for (file, source) in files {
        let resource = fluent_syntax::parser::parse(*source)
            .map_err(|(_, errors)| format!("{file}: {errors:?}"))?;
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            if let Some(value) = &m.value {
                let mut vars = BTreeSet::new();
                pattern_vars(value, &mut vars);
                out.insert(m.id.name.to_owned(), vars);
            }
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                pattern_vars(&a.value, &mut vars);
                out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
            }
        }
    }
    Ok(out)
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for n in &arguments.named {
                inline_vars(&n.value, vars);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for n in &arguments.named {
                inline_vars(&n.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_variables_in_selects_functions_and_attributes() {
        let cat = catalogue(&[(
            "a.ftl",
            "m = { $count ->\n    [one] { $name }\n   *[other] { NUMBER($n) }\n}\n    .title = { $t }\n",
        )])
        .unwrap();
        assert_eq!(
            cat["m"],
            BTreeSet::from(["count".into(), "name".into(), "n".into()])
        );
        assert_eq!(cat["m.title"], BTreeSet::from(["t".into()]));
    }

    #[test]
    fn a_syntax_error_is_reported() {
        assert!(catalogue(&[("a.ftl", "m = { $x\n")]).is_err());
    }
}
