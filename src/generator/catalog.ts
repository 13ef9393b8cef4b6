import { neutralDice, type Dice } from './randomness.js';
import { taxonomy, type Leaf } from './taxonomy.js';

/**
 * The shop's catalog: ten products per product type, named like real ones ("Brewline Aroma
 * coffee maker"), priced in pence (GBP). SKUs are the leaf's code and a number below 8000; numbers
 * from 8000 are for defective catalog rows, from 9000 for SKUs that exist nowhere.
 */
export interface Product {
  sku: string;
  name: string;
  brand: string;
  pence: number;
  leaf: Leaf;
  topics: string[];
}

export interface Catalog {
  products: readonly Product[];
  byLeaf: ReadonlyMap<Leaf, readonly Product[]>;
}

const productsPerLeaf = 10;
const models = ['Classic', 'Pro', 'Mini', 'Max', 'Aroma', 'Nova', 'Prime', 'Lite', 'Smart', 'Eco', 'Studio', 'Air', 'Core', 'Plus'];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function product(dice: Dice, leaf: Leaf, number: number, model: string): Product {
  const brand = dice.pick(leaf.brands);
  // Shop prices end in .99, .49 or .00.
  const pounds = Math.floor(dice.int(leaf.pence[0], leaf.pence[1]) / 100);
  return {
    sku: `${leaf.code}-${String(number).padStart(4, '0')}`,
    name: `${brand} ${model} ${capitalise(leaf.noun)}`,
    brand,
    pence: pounds * 100 + dice.pick([99, 49, 0]),
    leaf,
    topics: [...new Set([...leaf.topics, leaf.path[1].toLowerCase()])],
  };
}

export function buildCatalog(seed: number): Catalog {
  const dice = neutralDice([seed, 0]);
  const byLeaf = new Map(
    taxonomy.map((leaf) => {
      // Distinct model names keep product names unique within a product type.
      const names = dice
        .shuffle([...models])
        .slice(0, productsPerLeaf)
        .map((model) => (dice.chance(0.3) ? `${model} ${dice.int(1, 9) * 100}` : model));
      return [leaf, names.map((model, i) => product(dice, leaf, i + 1, model))];
    }),
  );
  return { products: [...byLeaf.values()].flat(), byLeaf };
}

export const defectiveSku = (leaf: Leaf, number: number) => `${leaf.code}-${8000 + number}`;
export const unknownSku = (dice: Dice) => `${dice.pick(taxonomy).code}-${dice.int(9000, 9999)}`;

/** Pence to the decimal string sources write ("12.99"), without floating-point rounding. */
export function money(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}
