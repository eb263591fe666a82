import { escapeXmlAttribute, escapeXmlText, renderXml, xml } from "../../../cloudinit/serializers/xml";

describe("renderXml", () => {
  it("renders nested elements, attributes and text with a declaration", () => {
    const doc = xml("user-mapping", {}, xml("authorize", { username: "team", password: "p" }, xml("param", { name: "port" }, "5901")), xml("empty"));
    expect(renderXml(doc)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        "<user-mapping>\n" +
        '  <authorize username="team" password="p">\n' +
        '    <param name="port">5901</param>\n' +
        "  </authorize>\n" +
        "  <empty/>\n" +
        "</user-mapping>\n",
    );
  });

  it("escapes markup in text so that ']]>' and '<' stay text", () => {
    expect(escapeXmlText("t", "a]]>b<c&d")).toBe("a]]&gt;b&lt;c&amp;d");
  });

  it("escapes quotes, apostrophes and line breaks in attributes", () => {
    expect(escapeXmlAttribute("a", `x"y'z\n\t`)).toBe("x&quot;y&apos;z&#10;&#9;");
  });

  it("keeps Terraform tokens unescaped while escaping the text around them", () => {
    expect(escapeXmlText("t", "<${TfToken[TOKEN.3]}&")).toBe("&lt;${TfToken[TOKEN.3]}&amp;");
  });

  it("renders on one line without declaration when asked", () => {
    expect(renderXml(xml("a", { b: 1 }, xml("c")), { declaration: false, indent: "" })).toBe('<a b="1"><c/></a>\n');
  });

  it("fails on control characters XML cannot carry", () => {
    expect(() => escapeXmlText("t", "a\u0001b")).toThrow("t: contains a control character that XML 1.0 cannot represent");
    expect(() => renderXml(xml("a", { b: "x\u001fy" }))).toThrow("contains a control character");
  });

  it("fails on an unpaired surrogate", () => {
    expect(() => escapeXmlText("t", "a\ud800b")).toThrow("contains an unpaired surrogate");
  });

  it("fails on a bad element or attribute name", () => {
    expect(() => renderXml(xml("a b"))).toThrow("xml.name: must be an XML name");
    expect(() => renderXml(xml("a", { "x y": "1" }))).toThrow("xml.attributes: must be an XML attribute name");
  });
});
