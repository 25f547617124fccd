import type { Language } from '../i18n/languages.ts';
import type {
  DiligenciaPublicacionData, DocumentTemplate, DocumentTenant, JustificanteData, TemplateDataMap, VolanteEmpadronamientoData,
} from './types.ts';

/**
 * Realistic sample data for each template, for the staff gallery and the tests. Every person,
 * address and number here is invented (NIF/NIE letters are valid, the people do not exist).
 * The tenant is modelled on Calamonte (DIR3 L01060251); its street address is a demo value.
 */
const SHIELD_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120">
<path d="M10 20 H90 V65 C90 92 70 108 50 116 C30 108 10 92 10 65 Z" fill="#b22234" stroke="#7a1520" stroke-width="3"/>
<path d="M50 20 V116 C70 108 90 92 90 65 V20 Z" fill="#f2f2f2"/>
<path d="M10 20 H90 V65 C90 92 70 108 50 116 C30 108 10 92 10 65 Z" fill="none" stroke="#7a1520" stroke-width="3"/>
<rect x="22" y="48" width="18" height="34" fill="#f2c14e" stroke="#7a1520" stroke-width="1.5"/>
<path d="M22 48 v-6 h4 v4 h3 v-4 h4 v4 h3 v-4 h4 v6 z" fill="#f2c14e" stroke="#7a1520" stroke-width="1.5"/>
<circle cx="70" cy="62" r="12" fill="#2e6b3a"/>
<rect x="68" y="72" width="4" height="12" fill="#6b4226"/>
<path d="M24 4 L34 14 L42 2 L50 14 L58 2 L66 14 L76 4 L72 18 H28 Z" fill="#f2c14e" stroke="#7a1520" stroke-width="1.5"/>
</svg>`;

export const SAMPLE_LOGO_DATA_URL = `data:image/svg+xml;base64,${Buffer.from(SHIELD_SVG).toString('base64')}`;

export const SAMPLE_TENANT: DocumentTenant = {
  name: 'Ayuntamiento de Calamonte',
  dir3: 'L01060251',
  address: 'Plaza de España, 1 (demo)\n06810 Calamonte (Badajoz)',
  logoDataUrl: SAMPLE_LOGO_DATA_URL,
};

const TEXTS = {
  es: {
    subject: 'Licencia de obra menor',
    summary: 'Solicitud de licencia de obra menor para la reforma del cuarto de baño de la vivienda situada en calle Cervantes, 14, 2.º B.',
    expone: 'Que es propietaria de la vivienda indicada y quiere sustituir el alicatado, los sanitarios y la instalación de fontanería del cuarto de baño, sin modificar la estructura ni la distribución.',
    solicita: 'Que se le conceda la licencia de obra menor para realizar los trabajos descritos, con un presupuesto de 6.480 €.',
    procedure: 'Licencias urbanísticas: obra menor',
    organ: 'Área de Urbanismo y Obras',
    documents: ['Solicitud licencia obra menor.pdf', 'Presupuesto reforma baño.pdf', 'Plano de planta de la vivienda.pdf', 'Fotografías del estado actual.jpg'],
    noticeTitle: 'Aprobación inicial de la modificación de la Ordenanza fiscal reguladora de la tasa por ocupación de la vía pública con terrazas',
    noticeOrgan: 'Pleno del Ayuntamiento',
    noticeFile: 'Edicto aprobación inicial ordenanza terrazas.pdf',
    purpose: 'Solicitud de plaza escolar',
    street: 'Calle Cervantes, 14, 2.º B',
  },
  ca: {
    subject: "Llicència d'obra menor",
    summary: "Sol·licitud de llicència d'obra menor per reformar la cambra de bany de l'habitatge situat al carrer de Cervantes, 14, 2n B.",
    expone: "Que és propietària de l'habitatge indicat i vol substituir el rajolat, els sanitaris i la instal·lació de lampisteria de la cambra de bany, sense modificar-ne l'estructura ni la distribució.",
    solicita: "Que se li concedeixi la llicència d'obra menor per fer els treballs descrits, amb un pressupost de 6.480 €.",
    procedure: "Llicències urbanístiques: obra menor",
    organ: "Àrea d'Urbanisme i Obres",
    documents: ["Sol·licitud llicència obra menor.pdf", 'Pressupost reforma bany.pdf', "Plànol de planta de l'habitatge.pdf", "Fotografies de l'estat actual.jpg"],
    noticeTitle: "Aprovació inicial de la modificació de l'Ordenança fiscal reguladora de la taxa per ocupació de la via pública amb terrasses",
    noticeOrgan: "Ple de l'Ajuntament",
    noticeFile: 'Edicte aprovació inicial ordenança terrasses.pdf',
    purpose: "Sol·licitud de plaça escolar",
    street: 'Carrer de Cervantes, 14, 2n B',
  },
  eu: {
    subject: 'Obra txikien lizentzia',
    summary: 'Obra txikien lizentzia eskatzea Cervantes kaleko 14. zenbakiko 2. B etxebizitzako komuna berritzeko.',
    expone: 'Adierazitako etxebizitzaren jabea dela, eta komuneko alikatatua, komun-ontziak eta iturgintza-instalazioa ordeztu nahi dituela, egitura eta banaketa aldatu gabe.',
    solicita: 'Deskribatutako lanak egiteko obra txikien lizentzia ematea, 6.480 euroko aurrekontuarekin.',
    procedure: 'Hirigintza-lizentziak: obra txikiak',
    organ: 'Hirigintza eta Obra Saila',
    documents: ['Obra txikien lizentzia eskabidea.pdf', 'Komuna berritzeko aurrekontua.pdf', 'Etxebizitzaren oin-planoa.pdf', 'Egungo egoeraren argazkiak.jpg'],
    noticeTitle: 'Terrazekin bide publikoa okupatzeagatiko tasa arautzen duen zerga-ordenantzaren aldaketaren hasierako onespena',
    noticeOrgan: 'Udalbatzarra',
    noticeFile: 'Terrazen ordenantzaren hasierako onespenaren ediktua.pdf',
    purpose: 'Ikastetxeko plaza eskatzea',
    street: 'Cervantes kalea, 14, 2. B',
  },
} as const;

const HASHES = [
  '6d35abf4e14d8542312caa237fef549333975fca74a6f3feb2d532669e81605d',
  '80680f78d9cea0db8b0f03b9f9917ff1d4e3bf6d8ba7f94fc88c711dda8a851c',
  '1c91d20d5571ea1a2fe059e631ebe0f58a47e2b42b48167688033d2f81467e8f',
  '7937742f4cb4662f60e90c71739909f2a4556121e491932d5b27651975fcb805',
];

export function sampleJustificante(lng: Language = 'es'): JustificanteData {
  const x = TEXTS[lng];
  return {
    entry: {
      number: 'REGL0106026E0000347',
      // Saturday evening: deadlines start at 00:00 on Monday (art. 31.2.b).
      presentedAt: new Date('2026-03-14T17:42:19Z'),
      effectiveAt: new Date('2026-03-15T23:00:00Z'),
    },
    applicant: {
      name: 'María del Carmen Rubio Sayago',
      idDocument: { type: 'NIF', number: '34127865M' },
      address: `${x.street}\n06810 Calamonte (Badajoz)`,
      email: 'mcarmen.rubio@example.org',
      authMethod: 'certificate',
      levelOfAssurance: 'high',
    },
    organ: { name: x.organ, dir3: 'L01060251' },
    procedure: { name: x.procedure, siaCode: '2150478' },
    subject: x.subject,
    summary: x.summary,
    expone: x.expone,
    solicita: x.solicita,
    documents: x.documents.map((name, i) => ({
      name,
      mimeType: name.endsWith('.jpg') ? 'image/jpeg' : 'application/pdf',
      size: [184_322, 96_410, 1_248_007, 3_402_118][i]!,
      sha256: HASHES[i]!,
    })),
    resolution: { maxTime: { months: 3 }, deadline: new Date('2026-06-16T00:00:00+02:00'), silence: 'positive' },
  };
}

export function sampleDiligenciaPublicacion(lng: Language = 'es'): DiligenciaPublicacionData {
  const x = TEXTS[lng];
  return {
    notice: {
      kind: 'edicto',
      title: x.noticeTitle,
      reference: '2026/ORD-0007',
      issuingOrgan: x.noticeOrgan,
      publishedAt: new Date('2026-02-02T08:00:00Z'),
      withdrawnAt: new Date('2026-03-17T23:00:00Z'),
      period: { days: 30, kind: 'habiles' },
      document: { name: x.noticeFile, sha256: HASHES[2]! },
    },
    issuedAt: new Date('2026-03-18T07:15:02Z'),
  };
}

export function sampleVolanteEmpadronamiento(lng: Language = 'es'): VolanteEmpadronamientoData {
  const x = TEXTS[lng];
  return {
    address: { street: x.street, postcode: '06810', municipality: 'Calamonte', province: 'Badajoz' },
    district: '01',
    section: '003',
    sheet: '0004127',
    people: [
      { name: 'Javier Moreno Gallardo', idDocument: { type: 'NIF', number: '52871390W' }, birthDate: '1981-07-23', registeredAt: '2014-09-01' },
      { name: 'Ana Isabel Rubio Sayago', idDocument: { type: 'NIF', number: '09876123S' }, birthDate: '1983-02-11', registeredAt: '2014-09-01' },
      { name: 'Lucía Moreno Rubio', idDocument: { type: 'NIF', number: '47215836X' }, birthDate: '2016-05-30', registeredAt: '2016-06-14' },
      { name: 'Ionela Popescu', idDocument: { type: 'NIE', number: 'X3847261M' }, birthDate: '1958-11-02', registeredAt: '2023-01-19' },
    ],
    purpose: x.purpose,
    issuedAt: new Date('2026-03-17T09:30:00Z'),
  };
}

/** Sample data for any template, in the language of the free texts. */
export function sampleData<T extends DocumentTemplate>(template: T, lng: Language = 'es'): TemplateDataMap[T] {
  const make: { [K in DocumentTemplate]: (lng: Language) => TemplateDataMap[K] } = {
    justificante: sampleJustificante,
    'diligencia-publicacion': sampleDiligenciaPublicacion,
    'volante-empadronamiento': sampleVolanteEmpadronamiento,
  };
  return make[template](lng);
}
