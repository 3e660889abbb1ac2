// Renders a BPMN model to a PNG with bpmn-js in headless Chromium, for the docs:
//   node tools/render-bpmn.mjs processes/support-case.bpmn docs/support-case.png [collapsed-subprocess-id]
// With a subprocess id it renders that collapsed subprocess' own plane.
// Needs the devDependencies (npm install) and Chromium (CHROMIUM, default /usr/bin/chromium).
// CI does not run this; the picture is committed.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [, , input, output, subProcess] = process.argv;
if (!input || !output) {
  console.error('usage: node tools/render-bpmn.mjs <model.bpmn> <picture.png>');
  process.exit(2);
}
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'node_modules/bpmn-js/dist');
const xml = fs.readFileSync(input, 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1800, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas" style="width:1800px;height:900px"></div></body></html>');
  await page.addStyleTag({ path: path.join(dist, 'assets/diagram-js.css') });
  await page.addStyleTag({ path: path.join(dist, 'assets/bpmn-js.css') });
  await page.addScriptTag({ path: path.join(dist, 'bpmn-viewer.production.min.js') });
  const size = await page.evaluate(async ({ diagram, plane }) => {
    const viewer = new window.BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(diagram);
    if (warnings.length) console.warn(warnings.map((w) => w.message).join('\n'));
    const canvas = viewer.get('canvas');
    if (plane) canvas.setRootElement(canvas.findRoot(plane + '_plane'));
    const box = canvas.viewbox().inner;
    return { width: Math.ceil(box.width + box.x + 40), height: Math.ceil(box.height + box.y + 40) };
  }, { diagram: xml, plane: subProcess });
  await page.setViewportSize({ width: Math.max(size.width, 400), height: Math.max(size.height, 200) });
  await page.evaluate(() => { document.getElementById('canvas').style.width = '100vw'; document.getElementById('canvas').style.height = '100vh'; });
  await page.screenshot({ path: output, fullPage: true });
  console.log(`${output}: ${size.width}x${size.height}`);
} finally {
  await browser.close();
}
