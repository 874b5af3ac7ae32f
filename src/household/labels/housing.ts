import type { EnumLabels } from "./types.js";

// Labels of the household- and dwelling-level enums, in the wording of the BPS Susenas/DTSEN
// questionnaires, with common spellings of Dinsos exports as aliases (lower case).

/** The `WaterSource` labels, a constant of their own: the water check words its source without the rest of the catalogue. @internal */
export const waterSourceLabels = {
  bottled: { id: "air kemasan bermerk", en: "bottled water", aliases: ["air kemasan"] },
  refill: { id: "air isi ulang", en: "refill water", aliases: ["isi ulang"] },
  piped: { id: "leding", en: "piped water", aliases: ["ledeng", "air leding", "pam", "pdam"] },
  "bore-well-pump": { id: "sumur bor/pompa", en: "bore well or pump", aliases: ["sumur bor", "pompa"] },
  "protected-well": { id: "sumur terlindung", en: "protected well" },
  "unprotected-well": { id: "sumur tak terlindung", en: "unprotected well", aliases: ["sumur tidak terlindung"] },
  "protected-spring": { id: "mata air terlindung", en: "protected spring" },
  "unprotected-spring": { id: "mata air tak terlindung", en: "unprotected spring", aliases: ["mata air tidak terlindung"] },
  surface: { id: "air permukaan", en: "surface water", aliases: ["sungai", "danau", "waduk", "kolam", "irigasi", "sungai/danau/waduk/kolam/irigasi"] },
  rain: { id: "air hujan", en: "rain water", aliases: ["hujan"] },
  other: { id: "lainnya", en: "other" },
} as const satisfies EnumLabels;

/** The `Tenure` labels, a constant of their own: the house checks word the recorded tenure without the rest of the catalogue. @internal */
export const tenureLabels = {
  own: { id: "milik sendiri", en: "own", aliases: ["sendiri"] },
  rent: { id: "sewa/kontrak", en: "rent", aliases: ["sewa", "kontrak"] },
  "rent-free": { id: "bebas sewa", en: "rent-free", aliases: ["numpang", "menumpang"] },
  official: { id: "rumah dinas", en: "official housing", aliases: ["dinas"] },
  other: { id: "lainnya", en: "other" },
} as const satisfies EnumLabels;

/** The `LandTitle` labels, a constant of their own: the land-title check words its title without the rest of the catalogue. @internal */
export const landTitleLabels = {
  certificate: { id: "sertifikat", en: "certificate", aliases: ["shm", "sertifikat hak milik", "hgb", "sertifikat hgb"] },
  "other-proof": { id: "bukti lain", en: "other proof of title", aliases: ["girik", "akta jual beli", "ajb", "skt", "surat keterangan tanah", "segel"] },
  none: { id: "tidak ada bukti", en: "no proof of title", aliases: ["tidak ada", "tidak punya"] },
} as const satisfies EnumLabels;

/** How a family left a program, for the exit check's sentence too. @internal */
export const exitKindLabels = {
  mandiri: { id: "graduasi mandiri", en: "voluntary exit (mandiri)", aliases: ["mandiri", "graduasi sejahtera", "sejahtera"] },
  paksa: { id: "graduasi paksa", en: "forced exit (paksa)", aliases: ["paksa", "dikeluarkan"] },
} as const satisfies EnumLabels;

/** @internal */
export const housingLabels = {
  AreaType: {
    urban: { id: "perkotaan", en: "urban", aliases: ["kota"] },
    rural: { id: "perdesaan", en: "rural", aliases: ["pedesaan", "desa"] },
  },
  ExitKind: exitKindLabels,
  FloorMaterial: {
    "marble-granite": { id: "marmer/granit", en: "marble or granite", aliases: ["marmer", "granit"] },
    ceramic: { id: "keramik", en: "ceramic" },
    "parquet-vinyl-carpet": { id: "parket/vinil/karpet", en: "parquet, vinyl or carpet", aliases: ["parket", "vinil", "karpet"] },
    "tile-terrazzo": { id: "ubin/tegel/teraso", en: "tile or terrazzo", aliases: ["ubin", "tegel", "teraso"] },
    "wood-board": { id: "kayu/papan", en: "wood or board", aliases: ["kayu", "papan"] },
    "wood-low-quality": { id: "kayu/papan kualitas rendah", en: "low-quality wood", aliases: ["kayu murahan"] },
    "cement-brick": { id: "semen/bata merah", en: "cement or red brick", aliases: ["semen", "bata merah", "plesteran"] },
    bamboo: { id: "bambu", en: "bamboo" },
    earth: { id: "tanah", en: "earth" },
    other: { id: "lainnya", en: "other" },
  },
  WallMaterial: {
    masonry: { id: "tembok", en: "plastered masonry", aliases: ["tembok diplester"] },
    "masonry-unplastered": { id: "tembok tanpa plester", en: "unplastered masonry" },
    "plastered-bamboo-wire": { id: "plesteran anyaman bambu/kawat", en: "plastered woven bamboo or wire" },
    board: { id: "kayu/papan/gipsum/GRC", en: "wood, board, gypsum or GRC", aliases: ["kayu/papan", "papan", "gipsum", "grc", "kalsiboard"] },
    "wood-low-quality": { id: "kayu/papan kualitas rendah", en: "low-quality wood", aliases: ["kayu murahan"] },
    log: { id: "batang kayu", en: "logs" },
    "woven-bamboo": { id: "anyaman bambu", en: "woven bamboo", aliases: ["bilik", "gedek"] },
    bamboo: { id: "bambu", en: "bamboo" },
    rumbia: { id: "rumbia", en: "palm-leaf thatch" },
    other: { id: "lainnya", en: "other" },
  },
  RoofMaterial: {
    concrete: { id: "beton", en: "concrete" },
    "clay-tile": { id: "genteng", en: "clay tile", aliases: ["genteng tanah liat"] },
    asbestos: { id: "asbes", en: "asbestos" },
    zinc: { id: "seng", en: "zinc" },
    "wood-shingle": { id: "kayu/sirap", en: "wood shingle", aliases: ["sirap"] },
    bamboo: { id: "bambu", en: "bamboo" },
    thatch: { id: "jerami/ijuk/daun/rumbia", en: "thatch", aliases: ["jerami", "ijuk", "daun", "daun-daunan", "rumbia"] },
    other: { id: "lainnya", en: "other" },
  },
  BuildingCondition: {
    good: { id: "baik", en: "good", aliases: ["bagus"] },
    damaged: { id: "rusak", en: "damaged", aliases: ["rusak ringan", "rusak sedang"] },
    "damaged-dangerous": { id: "rusak berat", en: "damaged, dangerous", aliases: ["membahayakan", "rusak berat/membahayakan"] },
  },
  WaterSource: waterSourceLabels,
  ToiletFacility: {
    own: { id: "milik sendiri", en: "own", aliases: ["sendiri"] },
    shared: { id: "bersama rumah tangga tertentu", en: "shared with certain households", aliases: ["bersama"] },
    communal: { id: "MCK komunal", en: "communal", aliases: ["komunal"] },
    public: { id: "MCK umum", en: "public", aliases: ["umum"] },
    none: { id: "tidak ada", en: "none", aliases: ["tidak punya", "tidak ada fasilitas"] },
  },
  ToiletType: {
    gooseneck: { id: "leher angsa", en: "gooseneck" },
    plengsengan: { id: "plengsengan", en: "sloping chute (plengsengan)", aliases: ["plengsengan dengan tutup", "plengsengan tanpa tutup"] },
    cemplung: { id: "cemplung/cubluk", en: "drop pit (cemplung)", aliases: ["cemplung", "cubluk"] },
    none: { id: "tidak ada", en: "none", aliases: ["tidak pakai"] },
  },
  SewageDisposal: {
    "septic-tank": { id: "tangki septik", en: "septic tank", aliases: ["septic tank", "septik tank"] },
    ipal: { id: "IPAL/SPAL", en: "treatment plant (IPAL/SPAL)", aliases: ["spal"] },
    pit: { id: "lubang tanah", en: "pit in the ground" },
    river: { id: "sungai/danau/laut/kolam/sawah", en: "river, lake, sea, pond or paddy field", aliases: ["sungai", "danau", "laut", "kolam", "sawah"] },
    open: { id: "pantai/tanah lapang/kebun", en: "beach, open ground or garden", aliases: ["pantai", "tanah lapang", "kebun"] },
    other: { id: "lainnya", en: "other" },
  },
  LightingSource: {
    "pln-meter": { id: "listrik PLN dengan meteran", en: "PLN grid, metered", aliases: ["pln meteran", "pln dengan meteran", "listrik pln meteran"] },
    "pln-non-meter": { id: "listrik PLN tanpa meteran", en: "PLN grid, not metered", aliases: ["pln tanpa meteran", "pln non meteran"] },
    "non-pln": { id: "listrik non-PLN", en: "electricity not from PLN", aliases: ["non pln", "genset", "tenaga surya", "plts"] },
    "non-electric": { id: "bukan listrik", en: "not electric", aliases: ["pelita", "lampu minyak", "sentir", "obor", "lilin"] },
  },
  CookingFuel: {
    electricity: { id: "listrik", en: "electricity" },
    lpg: { id: "elpiji", en: "LPG", aliases: ["gas elpiji", "lpg 3 kg", "elpiji 3 kg"] },
    "city-gas": { id: "gas kota", en: "city gas", aliases: ["jargas"] },
    biogas: { id: "biogas", en: "biogas" },
    kerosene: { id: "minyak tanah", en: "kerosene" },
    briquette: { id: "briket", en: "briquette" },
    charcoal: { id: "arang", en: "charcoal" },
    firewood: { id: "kayu bakar", en: "firewood" },
    none: { id: "tidak memasak", en: "does not cook", aliases: ["tidak masak"] },
    other: { id: "lainnya", en: "other" },
  },
  LandTitle: landTitleLabels,
  Tenure: tenureLabels,
} as const satisfies Readonly<Record<string, EnumLabels>>;
