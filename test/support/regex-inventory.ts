import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/** One place in the code that builds a regex: its pattern, or why it could not be read. */
export interface RegexSite {
  where: string;
  source?: string;
  flags?: string;
  unresolved?: string;
}

type Value = string | number | Value[] | { [key: string]: Value };

class Unresolved extends Error {}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Folds an expression to a constant, following `const` declarations across modules; anything
 * else (a parameter, a call, config) is Unresolved: a pattern built from data cannot be checked.
 */
function evaluator(checker: ts.TypeChecker) {
  const constInitializer = (id: ts.Identifier): ts.Expression => {
    let symbol = checker.getSymbolAtLocation(id);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decl = symbol?.valueDeclaration;
    const isConst =
      decl && ts.isVariableDeclaration(decl) && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const;
    if (!isConst || !decl.initializer) throw new Unresolved(id.text);
    return decl.initializer;
  };
  const evaluate = (node: ts.Expression): Value => {
    if (ts.isStringLiteralLike(node)) return node.text;
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === "String.raw") {
      const { template } = node;
      if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText ?? "";
      return template.templateSpans.reduce(
        (text, span) => `${text}${String(evaluate(span.expression))}${span.literal.rawText ?? ""}`,
        template.head.rawText ?? "",
      );
    }
    if (ts.isNumericLiteral(node)) return Number(node.text);
    if (ts.isRegularExpressionLiteral(node)) return literalParts(node.text).source;
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) {
      return evaluate(node.expression);
    }
    if (ts.isSatisfiesExpression(node)) return evaluate(node.expression);
    if (ts.isIdentifier(node)) return evaluate(constInitializer(node));
    if (ts.isTemplateExpression(node)) {
      return node.templateSpans.reduce(
        (text, span) => `${text}${String(evaluate(span.expression))}${span.literal.text}`,
        node.head.text,
      );
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return `${String(evaluate(node.left))}${String(evaluate(node.right))}`;
    }
    if (ts.isArrayLiteralExpression(node)) return node.elements.map(evaluate);
    if (ts.isObjectLiteralExpression(node)) {
      const entries = node.properties.filter(ts.isPropertyAssignment);
      return Object.fromEntries(entries.map((p) => [p.name.getText(), evaluate(p.initializer)]));
    }
    if (ts.isPropertyAccessExpression(node)) {
      const target = evaluate(node.expression);
      const value =
        typeof target === "object" ? (target as Record<string, Value>)[node.name.text] : undefined;
      if (value !== undefined) return value;
    }
    const join = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression);
    if (join && node.expression.name.text === "join") {
      const items = evaluate(node.expression.expression);
      const separator = node.arguments[0] ? String(evaluate(node.arguments[0])) : ",";
      if (Array.isArray(items)) return items.join(separator);
    }
    throw new Unresolved(node.getText());
  };
  return evaluate;
}

function literalParts(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf("/");
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

// String methods that turn a string argument into a regex.
const REGEX_COERCING = new Set(["match", "matchAll", "search"]);

/** Every regex literal, `RegExp(...)`/`new RegExp(...)` and string-to-regex coercion under `dirs`. */
export function collectRegexes(root: string, dirs: string[]): RegexSite[] {
  const files = dirs.flatMap((dir) => tsFiles(join(root, dir)));
  // Only this project's own modules are read: its constants live there, and the declarations of
  // the libraries and of the standard library (most of a full program's parse) are not needed.
  const options = { noEmit: true, noLib: true, types: [], allowJs: false };
  const host = ts.createCompilerHost(options);
  host.resolveModuleNameLiterals = (literals, containingFile) =>
    literals.map(({ text }) => {
      const path =
        text.startsWith(".") && resolve(dirname(containingFile), text.replace(/\.js$/, ".ts"));
      return {
        resolvedModule:
          path && existsSync(path)
            ? { resolvedFileName: path, extension: ts.Extension.Ts }
            : undefined,
      };
    });
  const program = ts.createProgram(files, options, host);
  const checker = program.getTypeChecker();
  const evaluate = evaluator(checker);
  const sites: RegexSite[] = [];
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) throw new Error(`not parsed: ${file}`);
    const at = (node: ts.Node) => {
      const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
      return `${relative(root, file)}:${line + 1}:${character + 1}`;
    };
    const constantString = (node: ts.Expression): string | undefined => {
      try {
        const value = evaluate(node);
        return typeof value === "string" ? value : undefined;
      } catch (error) {
        if (error instanceof Unresolved) return undefined;
        throw error;
      }
    };
    const fromArguments = (node: ts.Node, args: readonly ts.Expression[]) => {
      try {
        const [source, flags] = args.map(evaluate);
        const literalFlags = args[0] && ts.isRegularExpressionLiteral(args[0]);
        const inherited = literalFlags ? literalParts(args[0].getText()).flags : "";
        sites.push({
          where: at(node),
          source: String(source ?? ""),
          flags: String(flags ?? inherited),
        });
      } catch (error) {
        if (!(error instanceof Unresolved)) throw error;
        sites.push({ where: at(node), unresolved: error.message });
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node))
        sites.push({ where: at(node), ...literalParts(node.text) });
      const isCall = ts.isCallExpression(node) || ts.isNewExpression(node);
      if (isCall && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        fromArguments(node, node.arguments ?? []);
      }
      // `text.match("…")` makes a regex of a string; a RegExp argument is checked where it is made.
      const callee = ts.isCallExpression(node) && node.expression;
      if (callee && ts.isPropertyAccessExpression(callee) && REGEX_COERCING.has(callee.name.text)) {
        const arg = node.arguments[0];
        const text = arg && !ts.isRegularExpressionLiteral(arg) && constantString(arg);
        if (typeof text === "string") sites.push({ where: at(node), source: text, flags: "" });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return sites;
}
