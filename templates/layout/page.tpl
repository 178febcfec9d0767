{{%AUTOESCAPE context="HTML"}}
{{!
  Root template of every HTML page (contract: /tmp/hn/templates.md).
  Dictionary-global: TITLE, STATIC, CSRF, AREA_CLASS. Sections: USER (USER_NAME, LOGOUT_URL),
  NAV > NAV_ITEM (LABEL, URL, CURRENT, IS_CURRENT, AVAILABLE, UNAVAILABLE > NOTE), NOTICE (NOTICE_TEXT),
  ACTING (ACTING_SCHOOL, CENTER_URL): a center school acting for a subordinate school.
  The page body is the include BODY, whose file the C++ sets per page.
  CSP is 'self' only: no inline script, no style attributes, no data: URIs.
}}
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} - 河南省教育保险管理系统</title>
<link rel="icon" href="{{STATIC}}/img/logo.svg" type="image/svg+xml">
<link rel="stylesheet" href="{{STATIC}}/css/site.css">
<script src="{{STATIC}}/js/upload-progress.js" defer></script>
</head>
<body class="area-{{AREA_CLASS}}">
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
<div class="brand">
<img class="brand-logo" src="{{STATIC}}/img/logo.svg" alt="" width="48" height="48">
<div class="brand-text">
<p class="brand-name">河南省教育保险管理系统</p>
<p class="brand-en" lang="en">Henan Education Insurance Management System</p>
</div>
</div>
</header>
<div class="frame{{#NAV}} has-nav{{/NAV}}">
{{#NAV}}
<nav class="side-nav" aria-label="操作导航">
<h2 class="nav-title">操作导航</h2>
{{#USER}}<p class="nav-welcome"><span>欢迎您，<strong>{{USER_NAME}}</strong></span></p>{{/USER}}
<ul class="nav-list">
{{#NAV_ITEM}}<li>{{#AVAILABLE}}<a class="nav-link" href="{{URL}}"{{#IS_CURRENT}} aria-current="{{CURRENT}}"{{/IS_CURRENT}}>{{LABEL}}</a>{{/AVAILABLE}}{{#UNAVAILABLE}}<span class="nav-link nav-off" title="{{NOTE}}" aria-disabled="true">{{LABEL}}<span class="tag-off">未开放</span><span class="visually-hidden">（{{NOTE}}）</span></span>{{/UNAVAILABLE}}</li>
{{/NAV_ITEM}}
</ul>
{{#USER}}
<form class="nav-logout" method="post" action="{{LOGOUT_URL}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="nav-link nav-logout-button">退出系统</button>
</form>
{{/USER}}
</nav>
{{/NAV}}
<main id="main" class="content" tabindex="-1">
{{#ACTING}}<p class="acting-banner" role="status">您正在代所辖学校<strong>{{ACTING_SCHOOL}}</strong>操作投保数据。 <a href="{{CENTER_URL}}">返回所辖学校</a></p>{{/ACTING}}
{{#NOTICE}}<p class="notice" role="status">{{NOTICE_TEXT}}</p>{{/NOTICE}}
{{>BODY}}
</main>
</div>
<footer class="site-footer">
<p><span class="footer-item">主办：河南省教育资源保障中心 校园风险防范部</span> · <span class="footer-item">服务电话：<a href="tel:0371-66310066">0371-66310066</a></span></p>
</footer>
</body>
</html>
