export {
  type GenerateOptions,
  type GeneratedDataset,
  type Probes,
  generateDataset,
} from './generate-dataset.ts';
export { SCALES, type Scale, type ScaleSize, isScale } from './scales.ts';
