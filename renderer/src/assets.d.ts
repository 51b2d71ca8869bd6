// Vite bundles imported stylesheets; the import itself yields nothing the code uses.
declare module '*.css';
