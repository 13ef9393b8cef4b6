/**
 * The shop's category tree: the leaves are product types. Each carries what realistic products,
 * prices, searches and social talk need: brands that make it, a price range in pence (GBP), the
 * topics people talk and search about, and a short code that prefixes its SKUs.
 */
export interface Leaf {
  code: string;
  path: readonly [string, string, string];
  /** The product type in a sentence, e.g. "espresso machine". */
  noun: string;
  brands: readonly string[];
  pence: readonly [number, number];
  topics: readonly string[];
}

const leaf = (code: string, path: Leaf['path'], noun: string, brands: string[], pence: [number, number], topics: string[]): Leaf => ({
  code,
  path,
  noun,
  brands,
  pence,
  topics,
});

export const taxonomy: readonly Leaf[] = [
  leaf(
    'HK-CM',
    ['Home', 'Kitchen', 'Coffee makers'],
    'coffee maker',
    ['Brewline', 'Caffio', 'Morrow'],
    [2900, 49900],
    ['coffee', 'espresso', 'home barista'],
  ),
  leaf('HK-KT', ['Home', 'Kitchen', 'Kettles'], 'kettle', ['Brewline', 'Kessel', 'Morrow'], [1900, 12900], ['tea', 'kitchen gadgets']),
  leaf('HK-CW', ['Home', 'Kitchen', 'Cookware'], 'frying pan', ['Ferro', 'Kessel', 'Hearth & Co'], [1500, 18900], ['cooking', 'cast iron']),
  leaf(
    'HK-KN',
    ['Home', 'Kitchen', 'Knives'],
    'chef knife',
    ['Ferro', 'Tanto', 'Hearth & Co'],
    [2500, 22900],
    ['cooking', 'knife sharpening'],
  ),
  leaf(
    'HL-LA',
    ['Home', 'Living room', 'Lamps'],
    'floor lamp',
    ['Lumio', 'Nordlys', 'Atelier Nine'],
    [3500, 29900],
    ['interior design', 'lighting'],
  ),
  leaf(
    'HL-CU',
    ['Home', 'Living room', 'Cushions'],
    'cushion',
    ['Atelier Nine', 'Softly', 'Nordlys'],
    [900, 5900],
    ['interior design', 'cosy home'],
  ),
  leaf(
    'HG-BB',
    ['Home', 'Garden', 'Barbecues'],
    'barbecue',
    ['Emberly', 'Grillmeister', 'Hearth & Co'],
    [7900, 89900],
    ['barbecue', 'outdoor cooking'],
  ),
  leaf('HG-PP', ['Home', 'Garden', 'Plant pots'], 'plant pot', ['Verdant', 'Terra', 'Softly'], [700, 8900], ['gardening', 'houseplants']),
  leaf(
    'SR-SH',
    ['Sports', 'Running', 'Running shoes'],
    'running shoe',
    ['Stride', 'Velox', 'Pacer'],
    [5900, 19900],
    ['running', 'marathon training'],
  ),
  leaf(
    'SR-WA',
    ['Sports', 'Running', 'Running watches'],
    'running watch',
    ['Pacer', 'Tempo', 'Velox'],
    [9900, 59900],
    ['running', 'fitness tracking'],
  ),
  leaf(
    'SC-HE',
    ['Sports', 'Cycling', 'Bike helmets'],
    'bike helmet',
    ['Cadence', 'Rideon', 'Velox'],
    [3900, 24900],
    ['cycling', 'road safety'],
  ),
  leaf('SC-LI', ['Sports', 'Cycling', 'Bike lights'], 'bike light', ['Cadence', 'Lumio', 'Rideon'], [1200, 8900], ['cycling', 'commuting']),
  leaf('SY-MA', ['Sports', 'Yoga', 'Yoga mats'], 'yoga mat', ['Asana', 'Zenfold', 'Softly'], [1900, 11900], ['yoga', 'mindfulness']),
  leaf('SO-TE', ['Sports', 'Outdoor', 'Tents'], 'tent', ['Summit', 'Trailhead', 'Nordlys'], [4900, 69900], ['camping', 'hiking']),
  leaf('SO-BP', ['Sports', 'Outdoor', 'Backpacks'], 'backpack', ['Summit', 'Trailhead', 'Stride'], [2900, 24900], ['hiking', 'travel']),
  leaf(
    'EA-HP',
    ['Electronics', 'Audio', 'Headphones'],
    'pair of headphones',
    ['Sonara', 'Quietude', 'Basswave'],
    [2900, 39900],
    ['music', 'noise cancelling'],
  ),
  leaf(
    'EA-SP',
    ['Electronics', 'Audio', 'Speakers'],
    'speaker',
    ['Sonara', 'Basswave', 'Roomtone'],
    [3900, 49900],
    ['music', 'smart speakers'],
  ),
  leaf(
    'EP-CA',
    ['Electronics', 'Phones', 'Phone cases'],
    'phone case',
    ['Shellguard', 'Armora', 'Slimfit'],
    [900, 4900],
    ['phone accessories'],
  ),
  leaf(
    'EC-KB',
    ['Electronics', 'Computers', 'Keyboards'],
    'keyboard',
    ['Keyforge', 'Clackwell', 'Slimfit'],
    [2900, 21900],
    ['mechanical keyboards', 'home office'],
  ),
  leaf(
    'ES-SB',
    ['Electronics', 'Smart home', 'Smart bulbs'],
    'smart bulb',
    ['Lumio', 'Roomtone', 'Brightnest'],
    [1200, 6900],
    ['smart home', 'lighting'],
  ),
  leaf(
    'BS-MO',
    ['Beauty', 'Skincare', 'Moisturisers'],
    'moisturiser',
    ['Dewly', 'Pure Botanica', 'Skinlab'],
    [900, 6900],
    ['skincare', 'vegan beauty'],
  ),
  leaf(
    'BS-SU',
    ['Beauty', 'Skincare', 'Sunscreen'],
    'sunscreen',
    ['Dewly', 'Solaris', 'Skinlab'],
    [800, 3900],
    ['skincare', 'sun protection'],
  ),
  leaf('BH-HD', ['Beauty', 'Hair', 'Hair dryers'], 'hair dryer', ['Aerostyle', 'Silkwave', 'Brightnest'], [2900, 39900], ['hair care']),
  leaf(
    'FW-DR',
    ['Fashion', 'Women', 'Dresses'],
    'dress',
    ['Maison Lune', 'Linen Lane', 'Urbane'],
    [2900, 18900],
    ['summer fashion', 'sustainable fashion'],
  ),
  leaf(
    'FM-JA',
    ['Fashion', 'Men', 'Jackets'],
    'jacket',
    ['Urbane', 'Trailhead', 'Northcoat'],
    [4900, 29900],
    ['outdoor clothing', 'sustainable fashion'],
  ),
  leaf(
    'FA-SG',
    ['Fashion', 'Accessories', 'Sunglasses'],
    'pair of sunglasses',
    ['Solaris', 'Urbane', 'Maison Lune'],
    [1900, 19900],
    ['summer fashion', 'sun protection'],
  ),
  leaf(
    'TB-CS',
    ['Toys', 'Building', 'Construction sets'],
    'construction set',
    ['Brickly', 'Buildmore', 'Tinker'],
    [1500, 14900],
    ['kids activities', 'stem toys'],
  ),
  leaf(
    'TG-BG',
    ['Toys', 'Games', 'Board games'],
    'board game',
    ['Meeple House', 'Tinker', 'Gamenight'],
    [1500, 6900],
    ['board games', 'family time'],
  ),
  leaf(
    'BC-CB',
    ['Books', 'Cooking', 'Cookbooks'],
    'cookbook',
    ['Hearth Press', 'Plated', 'Meeple House'],
    [1200, 3900],
    ['cooking', 'baking'],
  ),
  leaf('PD-BE', ['Pets', 'Dogs', 'Dog beds'], 'dog bed', ['Pawsome', 'Snoozer', 'Softly'], [2500, 14900], ['dogs', 'pet care']),
];
