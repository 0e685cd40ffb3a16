//! An enum whose variants carry data: read it, check what is its own (the
//! `display` format strings, `#[source]` and `#[from]`), and split it in two.
//!
//! The codes go to a unit-only table, the code enum (`<Name>Code`, or
//! `code_enum = Name`), with the same entries, codes, docs, `#[entry]`
//! arguments and categories: it is read, checked and expanded by the same
//! stages as any table (`ast`, `valid`, `expand`, or `fallback` on mistakes).
//! The user's enum keeps its variants and fields and gets its impls from
//! `data_expand`, each going through the code enum's value of the variant.

use darling::ast::NestedMeta;
use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Fields, Ident, ItemEnum, LitStr, Meta, Visibility};

use crate::ctxt::{Errors, Place};
use crate::fmt::{self, Arg, Format};
use crate::{ast, attr, data_expand, expand, fallback, pipeline, suggest, valid};

/// The argument that names the code enum, which only an enum with data variants has.
const CODE_ENUM_KEY: &str = "code_enum";

/// The user's enum, with what the checks found of it.
pub struct DataEnum {
    /// Its attributes: docs, the user's derives and others.
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// Its generics: a mistake the code table reports, kept so that the
    /// stand-in's fields still name their types.
    pub generics: syn::Generics,
    /// The code enum's name.
    pub code_ident: Ident,
    pub variants: Vec<DataVariant>,
}

/// One variant of the user's enum.
pub struct DataVariant {
    /// Its attributes but `#[entry]`: the doc comment and whatever else the user wrote.
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    /// Its fields, without `#[source]` and `#[from]`.
    pub fields: Fields,
    /// Its `display`, when it has one that reads, and where it is written;
    /// else the variant shows the code enum's text.
    pub display: Option<(Format, Span)>,
    /// The field `source()` returns.
    pub source: Option<usize>,
    /// Whether the enum is `From` its only field, the source.
    pub from: bool,
}

impl DataVariant {
    /// The binding of field `index` in a pattern: the field's own name, or
    /// `field_N` for a tuple field and for a raw identifier (`r#type`).
    pub fn binding(&self, index: usize) -> Ident {
        match &self.fields {
            Fields::Named(named) => {
                let ident = named.named[index]
                    .ident
                    .as_ref()
                    .expect("a named field has a name");
                let plain = ident.unraw();
                if plain == *ident {
                    ident.clone()
                } else {
                    format_ident!("field_{}", plain, span = ident.span())
                }
            }
            _ => format_ident!("field_{}", index),
        }
    }

    /// The index of the field a placeholder's argument names, if any.
    pub fn field_of(&self, arg: &Arg) -> Option<usize> {
        match (&self.fields, arg) {
            (Fields::Named(named), Arg::Name(name)) => named.named.iter().position(|field| {
                field
                    .ident
                    .as_ref()
                    .is_some_and(|ident| ident.unraw() == name)
            }),
            (Fields::Unnamed(unnamed), Arg::Index(index)) => {
                (*index < unnamed.unnamed.len()).then_some(*index)
            }
            _ => None,
        }
    }
}

/// The expansion of an enum with data variants, or `None` when the input is
/// a table of unit variants (or no enum), which the table's own pipeline takes.
pub fn expand(args: &TokenStream, input: &TokenStream) -> Option<TokenStream> {
    // A look at the tokens first, so a table of unit variants is not read
    // twice: only a variant with fields puts a `(...)` or `{...}` in the body.
    if !may_have_data(input) && !names_code_enum(args) {
        return None;
    }
    let item: ItemEnum = syn::parse2(input.clone()).ok()?;
    let has_data = item
        .variants
        .iter()
        .any(|variant| !matches!(variant.fields, Fields::Unit));
    let mut errors = Errors::new();
    let split = split_args(args, &mut errors);
    if !has_data {
        let given = split.code_enum.as_ref()?;
        errors.spanned(
            given,
            format!(
                "`{CODE_ENUM_KEY}` names the code enum of an enum whose variants carry data; \
                 `{}` is a table of unit variants already: remove `{CODE_ENUM_KEY}`",
                item.ident
            ),
        );
        let mut output = errors.into_compile_errors();
        output.extend(pipeline::expand_table(split.rest, input.clone()));
        return Some(output);
    }
    Some(expand_data_enum(item, split, errors))
}

/// Whether the body of the enum in `input` has a group in parentheses or
/// braces, as a variant with fields has (or a group a `macro_rules!` made,
/// which may hide one); `false` only when it surely has none.
fn may_have_data(input: &TokenStream) -> bool {
    let mut tokens = input.clone().into_iter();
    let after_enum = tokens
        .by_ref()
        .any(|token| matches!(&token, TokenTree::Ident(ident) if ident == "enum"));
    if !after_enum {
        return false;
    }
    let body = tokens.find_map(|token| match token {
        TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => Some(group),
        _ => None,
    });
    body.is_some_and(|body| {
        body.stream().into_iter().any(|token| {
            matches!(&token, TokenTree::Group(group) if group.delimiter() != Delimiter::Bracket)
        })
    })
}

/// Whether the arguments name `code_enum`, which only such an enum takes.
fn names_code_enum(args: &TokenStream) -> bool {
    args.clone()
        .into_iter()
        .any(|token| matches!(&token, TokenTree::Ident(ident) if ident == CODE_ENUM_KEY))
}

/// The macro's arguments, with those of the user's enum taken out.
struct SplitArgs {
    /// `code_enum = Name`, when given and readable.
    code_enum: Option<Ident>,
    /// Whether `category_enum` is given: if not, the category enum is named
    /// after the user's enum, not after the code enum.
    has_category_enum: bool,
    /// The arguments of the code enum's table.
    rest: TokenStream,
}

fn split_args(args: &TokenStream, errors: &mut Errors) -> SplitArgs {
    let Ok(items) = NestedMeta::parse_meta_list(args.clone()) else {
        // The table's own reading reports what is wrong with them.
        return SplitArgs {
            code_enum: None,
            has_category_enum: true,
            rest: args.clone(),
        };
    };
    let mut code_enum: Option<Ident> = None;
    let mut has_category_enum = false;
    let mut rest = Vec::new();
    for item in items {
        let path = match &item {
            NestedMeta::Meta(meta) => Some(meta.path()),
            NestedMeta::NameValueInvalidExpr(invalid) => Some(&invalid.path),
            NestedMeta::Lit(_) => None,
        };
        has_category_enum |= path.is_some_and(|path| path.is_ident("category_enum"));
        if !path.is_some_and(|path| path.is_ident(CODE_ENUM_KEY)) {
            rest.push(item);
            continue;
        }
        let name = match &item {
            NestedMeta::Meta(Meta::NameValue(pair)) => match &pair.value {
                Expr::Path(path) if path.qself.is_none() => path.path.get_ident().cloned(),
                _ => None,
            },
            _ => None,
        };
        match name {
            Some(_) if code_enum.is_some() => errors.spanned(&item, format!("`{CODE_ENUM_KEY}` is given twice: remove one")),
            Some(name) => code_enum = Some(name),
            None => errors.spanned(&item, format!(
                    "`{CODE_ENUM_KEY}` takes a name for the code enum, like `{CODE_ENUM_KEY} = ShopCode`"
                )),
        }
    }
    SplitArgs {
        code_enum,
        has_category_enum,
        rest: quote!(#(#rest),*),
    }
}

fn expand_data_enum(item: ItemEnum, split: SplitArgs, mut errors: Errors) -> TokenStream {
    let code_ident = match split.code_enum {
        Some(name) if name == item.ident => {
            errors.spanned(&name, format!(
                    "the code enum needs a name of its own: `{name}` is the error enum, try `{CODE_ENUM_KEY} = {name}Code`"
                ));
            format_ident!("{}Code", item.ident)
        }
        Some(name) => name,
        None => format_ident!("{}Code", item.ident, span = item.ident.span()),
    };
    let mut table_args = split.rest;
    if !split.has_category_enum {
        let category = format_ident!("{}Category", item.ident, span = item.ident.span());
        if !table_args.is_empty() {
            table_args.extend(quote!(,));
        }
        table_args.extend(quote!(category_enum = #category));
    }
    let (data, code_item) = split_enum(item, code_ident, &mut errors);
    // The code enum is an enum: `parse` does not fail on it. Were it to, its
    // error is reported and nothing else.
    let Some(table) = ast::Table::parse(table_args, code_item.into_token_stream(), &mut errors)
    else {
        return errors.into_compile_errors();
    };
    if let Some(name) = table.args.readable().category_enum.as_ref()
        && *name == data.ident
    {
        errors.spanned(name, format!(
                "the category enum needs a name of its own: `{name}` is the error enum, try `category_enum = {name}Category`"
            ));
    }
    // The code table's mistakes and the user's enum's, in one sink: a model
    // of the table only when neither has any.
    let model = valid::check(&table, &mut errors);
    let krate = table
        .args
        .readable()
        .krate
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(::parse_errors));
    let category = table
        .args
        .readable()
        .category_enum
        .clone()
        .unwrap_or_else(|| format_ident!("{}Category", data.code_ident));
    let names = data_expand::Names {
        krate: &krate,
        category: &category,
    };
    if let Some(model) = model {
        let mut output = errors.into_compile_errors();
        output.extend(expand::table(&model));
        output.extend(data_expand::data_enum(&data, &names, Some(&model)));
        return output;
    }
    let mut output = fallback::table(&table, errors);
    output.extend(data_expand::data_enum(&data, &names, None));
    output
}

/// The user's enum and its code enum, a unit-only enum of the same entries.
fn split_enum(item: ItemEnum, code_ident: Ident, errors: &mut Errors) -> (DataEnum, ItemEnum) {
    let doc = format!(
        " The codes of [`{}`]: one variant per code, with its name, description and category.",
        item.ident
    );
    let mut code_attrs: Vec<Attribute> = vec![syn::parse_quote!(#[doc = #doc])];
    let mut data_attrs = Vec::new();
    for attr in item.attrs {
        if valid::is_table_attr(&attr) || attr.path().is_ident("repr") {
            // The table's checks report these.
            code_attrs.push(attr);
        } else if attr.path().is_ident("derive") {
            data_attrs.extend(without_debug(attr, errors));
        } else if !attr.path().is_ident("doc") {
            data_attrs.push(attr.clone());
            // `#[non_exhaustive]`, `#[allow]` and the like concern the codes as much.
            code_attrs.push(attr);
        } else {
            data_attrs.push(attr);
        }
    }
    let mut variants = Vec::new();
    let mut code_variants = syn::punctuated::Punctuated::<syn::Variant, syn::Token![,]>::new();
    let mut from_types: Vec<(String, Ident)> = Vec::new();
    for variant in item.variants {
        let (entry_attrs, display) = entry_attrs(&variant, errors);
        let mut fields = variant.fields.clone();
        let (source, from) = sources(&variant.ident, &mut fields, &mut from_types, errors);
        let format = display.as_ref().and_then(|display| {
            check_display(&variant.ident, &fields, display, errors)
                .map(|format| (format, display.span()))
        });
        let data_variant = DataVariant {
            attrs: variant
                .attrs
                .iter()
                .filter(|attr| !attr::is_entry_attr(attr) && !attr.path().is_ident("cfg"))
                .cloned()
                .collect(),
            ident: variant.ident.clone(),
            fields,
            display: format,
            source,
            from,
        };
        let mut code_variant = variant;
        code_variant.attrs = code_variant
            .attrs
            .into_iter()
            .filter(|attr| !attr::is_entry_attr(attr))
            .chain(entry_attrs)
            .collect();
        code_variant.fields = Fields::Unit;
        code_variants.push(code_variant);
        variants.push(data_variant);
    }
    let code_item = ItemEnum {
        attrs: code_attrs,
        vis: item.vis.clone(),
        enum_token: item.enum_token,
        ident: code_ident.clone(),
        generics: item.generics.clone(),
        brace_token: item.brace_token,
        variants: code_variants,
    };
    let data = DataEnum {
        attrs: data_attrs,
        vis: item.vis,
        ident: item.ident,
        generics: item.generics,
        code_ident,
        variants,
    };
    (data, code_item)
}

/// A derive of the user's enum without `Debug`, which the macro derives;
/// `None` when nothing of it is left.
fn without_debug(mut attr: Attribute, errors: &mut Errors) -> Option<Attribute> {
    let mut kept = Vec::new();
    let mut found = Vec::new();
    let parsed = attr.parse_nested_meta(|meta| {
        if meta
            .path
            .segments
            .last()
            .is_some_and(|last| last.ident == "Debug")
        {
            found.push(meta.path.clone());
        } else {
            kept.push(meta.path);
        }
        Ok(())
    });
    // A derive list that does not parse is rustc's to report: leave it as written.
    if parsed.is_err() {
        return Some(attr);
    }
    for path in found {
        errors.spanned(
            path,
            "remove `Debug` from the derive list: `#[parse_errors]` derives it already",
        );
    }
    if let Meta::List(list) = &mut attr.meta {
        list.tokens = quote!(#(#kept),*);
    }
    (!kept.is_empty()).then_some(attr)
}

/// The `#[entry]` of a variant for the code enum, and the variant's `display`.
///
/// The `display` of the user's enum is a format string of the variant's
/// fields, shown by the user's enum even on an alias: the code enum gets
/// its text only when it has no placeholder and the entry is not an alias,
/// and shows the description's first sentence otherwise. An `#[entry]` the
/// macro cannot read goes to the code enum as it is, for its checks to report.
fn entry_attrs(variant: &syn::Variant, errors: &mut Errors) -> (Vec<Attribute>, Option<LitStr>) {
    let mut out = Vec::new();
    let mut display = None;
    let mut first = true;
    for attr in variant
        .attrs
        .iter()
        .filter(|attr| attr::is_entry_attr(attr))
    {
        let read = match (&attr.meta, std::mem::replace(&mut first, false)) {
            (Meta::List(list), true) => NestedMeta::parse_meta_list(list.tokens.clone()).ok(),
            _ => None,
        };
        let Some(items) = read else {
            out.push(attr.clone());
            continue;
        };
        let is_display = |item: &NestedMeta| matches!(item, NestedMeta::Meta(Meta::NameValue(pair)) if pair.path.is_ident("display"));
        let texts: Vec<LitStr> = items
            .iter()
            .filter_map(|item| match item {
                NestedMeta::Meta(Meta::NameValue(pair)) if pair.path.is_ident("display") => {
                    attr::string_literal(&pair.value)
                }
                _ => None,
            })
            .collect();
        let displays = items.iter().filter(|item| is_display(item)).count();
        if displays != 1 || texts.len() != 1 {
            out.push(attr.clone());
            continue;
        }
        let text = texts.into_iter().next().expect("one display");
        let alias = items.iter().any(
            |item| matches!(item, NestedMeta::Meta(Meta::Path(path)) if path.is_ident("alias")),
        );
        let mut kept: Vec<TokenStream> = items
            .iter()
            .filter(|item| !is_display(item))
            .map(ToTokens::to_token_stream)
            .collect();
        match fmt::parse(&text.value()).ok().and_then(|format| format.plain_text()) {
            Some(plain) if !alias => {
                let plain = LitStr::new(&plain, text.span());
                kept.push(quote!(display = #plain));
            }
            // The table's check of an empty text does not see this one.
            _ if text.value().trim().is_empty() => errors.spanned(&text, format!(
                    "the `display` text of `{}` is empty: remove it to use the description's first sentence",
                    variant.ident
                )),
            _ => {}
        }
        display = Some(text);
        if !kept.is_empty() {
            let path = attr.path();
            out.push(syn::parse_quote_spanned!(attr.span()=> #[#path(#(#kept),*)]));
        }
    }
    (out, display)
}

/// Checks a `display` against the variant's fields; the format when every
/// placeholder names one.
fn check_display(
    variant: &Ident,
    fields: &Fields,
    display: &LitStr,
    errors: &mut Errors,
) -> Option<Format> {
    let format = match fmt::parse(&display.value()) {
        Ok(format) => format,
        Err(reason) => {
            errors.spanned(
                display,
                format!("the `display` of `{variant}` does not read: {reason}"),
            );
            return None;
        }
    };
    let probe = DataVariant {
        attrs: Vec::new(),
        ident: variant.clone(),
        fields: fields.clone(),
        display: None,
        source: None,
        from: false,
    };
    let before = errors.count();
    let mut reported = std::collections::HashSet::new();
    for arg in format.args() {
        if probe.field_of(arg).is_some() || !reported.insert(arg.clone()) {
            continue;
        }
        let message = placeholder_mistake(variant, fields, arg);
        errors.spanned(display, message);
    }
    (errors.count() == before).then_some(format)
}

fn placeholder_mistake(variant: &Ident, fields: &Fields, arg: &Arg) -> String {
    let written = format!("`{{{}}}`", arg.written());
    let problem = format!("{written} in the `display` of `{variant}`");
    match (fields, arg) {
        (Fields::Unit, _) => format!(
            "{problem} names no field: `{variant}` has none; write `{{{{` and `}}}}` for braces"
        ),
        (Fields::Named(named), Arg::Name(name)) => {
            let known: Vec<String> = named
                .named
                .iter()
                .filter_map(|field| field.ident.as_ref().map(|ident| ident.unraw().to_string()))
                .collect();
            match suggest::closest(name, known.iter().cloned()) {
                Some(close) => format!("{problem} names no field: did you mean `{{{close}}}`?"),
                None => format!(
                    "{problem} names no field: `{variant}` has {}",
                    known
                        .iter()
                        .map(|name| format!("`{name}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            }
        }
        (Fields::Named(named), _) => {
            let example = named
                .named
                .first()
                .and_then(|field| field.ident.as_ref())
                .map_or_else(String::new, |ident| ident.unraw().to_string());
            format!(
                "{problem}: `{variant}` is a struct variant, so a placeholder names its field, like `{{{example}}}`"
            )
        }
        (Fields::Unnamed(unnamed), Arg::Name(_)) => format!(
            "{problem}: `{variant}` is a tuple variant, so a placeholder is the field's position, {}",
            positions(unnamed.unnamed.len())
        ),
        (Fields::Unnamed(unnamed), Arg::Next) => format!(
            "{problem} does not say which field it shows: write its position, {}",
            positions(unnamed.unnamed.len())
        ),
        (Fields::Unnamed(unnamed), Arg::Index(_)) => format!(
            "{problem} names no field: `{variant}` has {} field{}, {}",
            unnamed.unnamed.len(),
            if unnamed.unnamed.len() == 1 { "" } else { "s" },
            positions(unnamed.unnamed.len())
        ),
    }
}

fn positions(count: usize) -> String {
    match count {
        1 => "`{0}`".to_owned(),
        2 => "`{0}` or `{1}`".to_owned(),
        _ => format!("`{{0}}` to `{{{}}}`", count - 1),
    }
}

/// Reads and strips the field attributes of a variant: the field `source()`
/// returns (marked `#[source]` or `#[from]`, or named `source`), and whether
/// the enum is `From` it.
fn sources(
    variant: &Ident,
    fields: &mut Fields,
    from_types: &mut Vec<(String, Ident)>,
    errors: &mut Errors,
) -> (Option<usize>, bool) {
    let count = fields.len();
    let mut marked: Option<(usize, Place, &'static str)> = None;
    let mut from: Option<Place> = None;
    let mut named_source = None;
    for (index, field) in fields.iter_mut().enumerate() {
        if field
            .ident
            .as_ref()
            .is_some_and(|ident| ident.unraw() == "source")
        {
            named_source = Some(index);
        }
        let mut kept = Vec::new();
        for attr in std::mem::take(&mut field.attrs) {
            let kind = if attr.path().is_ident("source") {
                "source"
            } else if attr.path().is_ident("from") {
                "from"
            } else {
                if attr.path().is_ident("doc") {
                    kept.push(attr);
                } else {
                    errors.spanned(&attr, format!(
                            "`#[{}]` on a field of `{variant}`: a field takes `#[source]` or `#[from]` only \
                             (and doc comments)",
                            attr::path_text(attr.path())
                        ));
                }
                continue;
            };
            if !matches!(attr.meta, Meta::Path(_)) {
                errors.spanned(
                    &attr.meta,
                    format!("`#[{kind}]` takes no arguments: write `#[{kind}]`"),
                );
            }
            let span = Place::of(&attr);
            match marked {
                Some((first, _, _)) if first == index => {}
                Some((_, _, first_kind)) => {
                    errors.spanned(span, format!(
                            "`{variant}` has one source, and a field is marked `#[{first_kind}]` already: \
                             remove this `#[{kind}]`"
                        ));
                    continue;
                }
                None => marked = Some((index, span, kind)),
            }
            if kind == "from" && from.is_none() {
                from = Some(span);
            }
        }
        field.attrs = kept;
    }
    let source = marked.map(|(index, _, _)| index).or(named_source);
    let Some(span) = from else {
        return (source, false);
    };
    if count != 1 {
        errors.spanned(
            span,
            format!(
                "`#[from]` makes `{variant}` from its only field, and it has {count}: \
                 give the variant one field, or mark this one `#[source]`"
            ),
        );
        return (source, false);
    }
    let field = fields.iter().next().expect("one field");
    let ty = field.ty.to_token_stream().to_string();
    if let Some((_, first)) = from_types.iter().find(|(seen, _)| *seen == ty) {
        errors.spanned(&field.ty, format!(
                "`#[from]` on `{variant}` takes the type that `{first}` takes with `#[from]` already: \
                 a value of it can become one variant only; mark this one `#[source]`"
            ));
        return (source, false);
    }
    from_types.push((ty, variant.clone()));
    (source, true)
}
